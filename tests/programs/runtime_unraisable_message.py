# The type-and-message line of "Exception ignored in" reports (sys.unraisablehook's default):
# no module prefix for __main__ or builtins, ": " even before an empty message.
import gc
import io
import sys


class Error(Exception):
    pass


class Empty(Exception):
    def __str__(self):
        return ""


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


def report(exc):
    class Finalized:
        def __del__(self):
            raise exc
    captured = io.StringIO()
    sys.stderr = captured
    try:
        Finalized()
        gc.collect()
    finally:
        sys.stderr = sys.__stderr__
    print(repr(captured.getvalue().splitlines()[-1]))


report(Error("x"))
report(Error())
report(Empty())
report(BadStr())
report(ValueError("builtin"))
report(type("Named", (Exception,), {"__module__": "pkg.mod"})("m"))
report(type("Odd", (Exception,), {"__module__": 3})("m"))
