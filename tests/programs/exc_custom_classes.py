"""Custom exception classes: hierarchies, extra attributes, __str__/__repr__, args handling."""


class AppError(Exception):
    """Base for this program's errors."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(AppError, LookupError):
    def __init__(self, key):
        self.key = key

    def __str__(self):
        return f"no such key: {self.key!r}"


class Silent(AppError):
    def __repr__(self):
        return "Silent()"


for exc in [ValidationError("age", "must be positive"), NotFound("x"), Silent("ignored"),
            AppError(), AppError("a", "b"), AppError("only")]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)

try:
    raise NotFound(3)
except LookupError as exc:
    print("caught as LookupError:", exc, exc.key, isinstance(exc, AppError))

print([c.__name__ for c in NotFound.__mro__])


class WithState(Exception):
    def __init__(self, *args, code=0):
        super().__init__(*args)
        self.code = code


try:
    raise WithState("failed", code=7)
except WithState as exc:
    print(exc, exc.code, exc.args)


class NoInitCall(Exception):
    def __init__(self, value):
        self.value = value


e = NoInitCall(5)
print(repr(e), e.args, str(e))


class Recursive(Exception):
    pass


class Specific(Recursive):
    pass


def handler(exc):
    try:
        raise exc
    except Specific:
        return "specific"
    except Recursive:
        return "general"


print(handler(Specific()), handler(Recursive()))
e = AppError("x")
e.args = ("changed", 2)
print(str(e), repr(e))
print(issubclass(AppError, BaseException), AppError.__doc__, ValidationError.__bases__)
print(str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()), repr(KeyError("k")))
print(str(OSError(2, "No such file")), OSError(2, "x").errno, OSError(2, "x", "f").filename)
print(type(OSError(2, "x")).__name__, FileNotFoundError.__mro__[1].__name__)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(str(StopIteration(5)), StopIteration(5).value, SystemExit(3).code)
