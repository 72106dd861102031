"""sys.exc_info() and sys.exception(): set in handlers, restored after, nested and in functions."""
import sys


def current():
    typ, val, tb = sys.exc_info()
    return (typ.__name__ if typ else None, str(val) if val else None, tb is not None)


print("outside:", current(), sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    print("in handler:", current(), repr(sys.exception()))
    try:
        raise KeyError("inner")
    except KeyError:
        print("nested handler:", current())
    print("back in outer handler:", current())
print("after handler:", current())


def called_from_handler():
    return current()


try:
    raise TypeError("visible in callee")
except TypeError:
    print("callee sees:", called_from_handler())

def finally_sees():
    try:
        raise LookupError("during finally")
    finally:
        print("in finally during exception:", current())


try:
    finally_sees()
except LookupError:
    pass

try:
    1 / 0
except ZeroDivisionError:
    try:
        pass
    finally:
        print("finally inside handler:", current())


def handler_returns():
    try:
        raise OSError("returned from handler")
    except OSError:
        return current()


print(handler_returns(), current())

try:
    raise RuntimeError("saved")
except RuntimeError:
    saved = sys.exc_info()
print(saved[0].__name__, saved[1], saved[2].tb_lineno > 0)
