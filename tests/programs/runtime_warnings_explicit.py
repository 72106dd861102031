# _warnings.warn_explicit checks its arguments as CPython's C function does and reads the
# source line with str's own splitlines.
import io
import sys
import warnings

for args, kwargs in [((None, UserWarning, None, None), {}),
                     (("m", UserWarning, "f.py", None), {}),
                     (("m", UserWarning, "f.py", 1.5), {}),
                     (("m", UserWarning, b"f.py", 1), {}),
                     (("m", UserWarning, "f.py", 1), {"registry": 42})]:
    try:
        warnings.warn_explicit(*args, **kwargs)
    except TypeError as exc:
        print("TypeError:", exc)

BadSource = type("BadSource", (str,), {"splitlines": lambda self: 42})
Loader = type("Loader", (), {"get_source": lambda self, name: BadSource("one\ntwo\n")})


warnings.simplefilter("default")
captured = io.StringIO()
sys.stderr = captured
try:
    warnings.warn_explicit("shown", UserWarning, "somewhere.py", 2,
                           module_globals={"__loader__": Loader(), "__name__": "somewhere"})
finally:
    sys.stderr = sys.__stderr__
print(captured.getvalue().splitlines())
