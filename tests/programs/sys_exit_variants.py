"""SystemExit caught and inspected; the last one escapes with status 42."""
import sys

for value in [None, 0, 5, "text", (1, 2)]:
    try:
        sys.exit(value)
    except SystemExit as exc:
        print(repr(value), "->", repr(exc.code), exc.args)
try:
    raise SystemExit
except SystemExit as exc:
    print("bare raise:", exc.code)
try:
    exit(7)
except SystemExit as exc:
    print("builtin exit():", exc.code)
try:
    quit()
except SystemExit as exc:
    print("builtin quit():", exc.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(9)
    except Exception:
        print("not caught by except Exception")
except BaseException as exc:
    print("caught by BaseException:", type(exc).__name__)


def deep():
    raise SystemExit(42)


try:
    deep()
finally:
    print("finally before exiting with 42")
