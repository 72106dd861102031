"""contextlib: contextmanager, ExitStack, suppress, closing, nullcontext, redirect, chdir-free."""
import contextlib
import io


@contextlib.contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name
    finally:
        log.append(f"</{name}>")


log = []
with tag("a", log), tag("b", log) as b:
    log.append(f"body {b}")
print(log)

log = []
with contextlib.ExitStack() as stack:
    for n in ("x", "y", "z"):
        stack.enter_context(tag(n, log))
    stack.callback(log.append, "callback")
    log.append("inside")
print(log)

log = []
with contextlib.ExitStack() as stack:
    stack.enter_context(tag("kept", log))
    moved = stack.pop_all()
    log.append("popped")
log.append("after with")
moved.close()
print(log)


class Resource:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


r = Resource()
with contextlib.closing(r) as res:
    print("using", res is r, res.closed)
print("closed:", r.closed)
with contextlib.nullcontext("value") as v:
    print(v)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))


class Reentrant(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter decorator")
        return self

    def __exit__(self, *exc):
        print("exit decorator")
        return False


@Reentrant()
def decorated():
    print("function body")


decorated()


@contextlib.contextmanager
def error_handler():
    try:
        yield
    except KeyError as exc:
        print("handled", repr(exc))


with error_handler():
    {}["missing"]
print("continued")
try:
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: print("cleanup still runs"))
        raise RuntimeError("inside stack")
except RuntimeError as exc:
    print("RuntimeError:", exc)
cm = tag("once", [])
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as exc:
    print(type(exc).__name__)
