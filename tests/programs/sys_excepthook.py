"""A custom sys.excepthook receives the uncaught exception; the status is still 1."""
import sys


def hook(exc_type, exc, tb):
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print(f"hook: {exc_type.__name__}: {exc} (traceback depth {depth})")
    print("custom hook output on stderr", file=sys.stderr)


sys.excepthook = hook


def fail():
    raise LookupError("handled by the hook")


print("before")
fail()
