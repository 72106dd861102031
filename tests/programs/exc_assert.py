"""assert: messages, evaluation only on failure, in functions, tuples as conditions."""


def check(value):
    assert value > 0, f"expected positive, got {value}"
    return value


print(check(5))
try:
    check(-1)
except AssertionError as exc:
    print("AssertionError:", exc, exc.args)

try:
    assert False
except AssertionError as exc:
    print("bare:", repr(exc), exc.args)

calls = []


def message():
    calls.append("evaluated")
    return "lazy message"


assert True, message()
print("message evaluated on success:", calls)
try:
    assert 0, message()
except AssertionError as exc:
    print(exc, calls)

try:
    assert [], ["a", "list", "message"]
except AssertionError as exc:
    print(exc.args[0], type(exc.args[0]).__name__)

try:
    assert None, None
except AssertionError as exc:
    print(repr(exc), exc.args)

print(__debug__)
x = 3
assert x == 3 and isinstance(x, int)


class Custom:
    def __bool__(self):
        print("  __bool__ called by assert")
        return False


try:
    assert Custom(), "custom falsy"
except AssertionError as exc:
    print(exc)

AssertionError = ValueError
try:
    assert 1 == 2, "still the builtin AssertionError"
except ValueError:
    print("caught as ValueError (should not happen)")
except Exception as exc:
    print(type(exc).__name__, exc)
