"""An uncaught ExceptionGroup: printed with CPython's boxed layout."""


def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is required"))
    if record.get("age", 0) < 0:
        errors.append(ValueError("age must be positive"))
    if errors:
        raise ExceptionGroup(f"invalid record {record}", errors)


validate({"name": "ok", "age": 3})
print("first record valid")
validate({"name": "", "age": -1})
