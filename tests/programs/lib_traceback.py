"""traceback: format_exc, format_exception_only, extract_tb, print_exc to a stream, chains."""
import io
import os
import traceback

here = os.path.dirname(os.path.abspath(__file__))


def clean(text):
    return text.replace(here, "<programs>")


def inner(x):
    return 10 // x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError:
    print(clean(traceback.format_exc()))
    print(traceback.format_exception_only(*__import__("sys").exc_info()[:2]))

try:
    outer(0)
except ZeroDivisionError as exc:
    for frame in traceback.extract_tb(exc.__traceback__):
        print(os.path.basename(frame.filename), frame.lineno, frame.name, frame.line)
    summary = traceback.StackSummary.extract(traceback.walk_tb(exc.__traceback__))
    print(len(summary), summary[-1].name)

try:
    try:
        {}["key"]
    except KeyError as exc:
        raise ValueError("converted") from exc
except ValueError as exc:
    text = "".join(traceback.format_exception(exc))
    print(clean(text))

buf = io.StringIO()
try:
    [].pop()
except IndexError:
    traceback.print_exc(file=buf)
print(clean(buf.getvalue()).splitlines()[-1])
print(traceback.format_exception_only(ValueError, ValueError("only")))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))))


def where():
    return [f.name for f in traceback.extract_stack()][-2:]


print(where())
try:
    raise ExceptionGroup("group", [ValueError("one"), TypeError("two")])
except ExceptionGroup as eg:
    lines = traceback.format_exception(eg)
    print(clean("".join(lines)))
te = traceback.TracebackException.from_exception(RuntimeError("constructed"))
print(list(te.format_exception_only()), te.exc_type.__name__)
