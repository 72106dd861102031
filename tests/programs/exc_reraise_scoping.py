"""Bare raise, re-raising inside nested handlers, and the deletion of the `as` name."""


def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        try:
            raise KeyError("temporary")
        except KeyError:
            pass
        raise


try:
    reraiser()
except ValueError as exc:
    print("re-raised:", repr(exc))

try:
    raise
except RuntimeError as exc:
    print("RuntimeError:", exc)

e = "before"
try:
    raise TypeError("x")
except TypeError as e:
    print("inside:", e)
try:
    print(e)
except NameError as exc:
    print("NameError:", exc)


def as_name_deleted():
    err = "kept?"
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except UnboundLocalError as exc:
        return f"UnboundLocalError: {exc}"


print(as_name_deleted())


def keep_reference():
    try:
        1 / 0
    except ZeroDivisionError as err:
        saved = err
    return repr(saved)


print(keep_reference())


def raise_in_else():
    try:
        pass
    except Exception:
        return "not here"
    else:
        raise OSError("from else")


try:
    raise_in_else()
except OSError as exc:
    print("OSError:", exc, exc.__context__)


def handler_chain(n):
    try:
        if n:
            raise ValueError(n)
        return "no error"
    except ValueError as exc:
        if exc.args[0] > 1:
            raise
        return "handled one"


for n in range(3):
    try:
        print(handler_chain(n))
    except ValueError as exc:
        print("propagated", exc)


def outer_raise():
    try:
        raise KeyError("k")
    except KeyError:
        inner_raise()


def inner_raise():
    raise


try:
    outer_raise()
except KeyError as exc:
    print("bare raise in called function re-raises caller's:", repr(exc))
