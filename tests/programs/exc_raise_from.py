"""raise ... from: __cause__, __context__, __suppress_context__, from None, chaining repr."""


class AppError(Exception):
    pass


def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as exc:
        raise AppError(f"missing {key}") from exc


try:
    load("z")
except AppError as exc:
    print(repr(exc), repr(exc.__cause__), repr(exc.__context__), exc.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden context") from None
except ValueError as exc:
    print(repr(exc), exc.__cause__, repr(exc.__context__), exc.__suppress_context__)

try:
    raise RuntimeError("outer") from KeyError("explicit cause, never raised")
except RuntimeError as exc:
    print(repr(exc.__cause__), exc.__cause__.__traceback__, exc.__context__)

try:
    raise RuntimeError("class as cause") from IndexError
except RuntimeError as exc:
    print(repr(exc.__cause__), type(exc.__cause__).__name__)

try:
    raise RuntimeError("bad") from 5
except TypeError as exc:
    print("TypeError:", exc)


def chain_depth(exc):
    names = []
    while exc is not None:
        names.append(type(exc).__name__)
        exc = exc.__cause__ or exc.__context__
    return names


try:
    try:
        try:
            raise OSError("disk")
        except OSError as e:
            raise LookupError("lookup") from e
    except LookupError:
        raise TypeError("final")
except TypeError as exc:
    print(chain_depth(exc))

e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
e.__context__ = IndexError("ctx")
print(repr(e.__context__))
try:
    e.__cause__ = "not an exception"
except TypeError as exc:
    print("TypeError:", exc)


def reraise_with_cause():
    try:
        {}["k"]
    except KeyError as err:
        raise AppError("wrapped") from err


try:
    reraise_with_cause()
except AppError as exc:
    print(exc, "<-", repr(exc.__cause__), exc.__cause__ is exc.__context__)
