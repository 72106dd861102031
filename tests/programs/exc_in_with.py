"""Exceptions and with: __exit__ arguments, suppression, exceptions from __exit__, contextmanager."""
import contextlib


class Recorder:
    def __init__(self, suppress=()):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        self.seen = (typ and typ.__name__, str(val) if val else None, tb is not None)
        return typ is not None and issubclass(typ, self.suppress)


r = Recorder(suppress=(KeyError,))
with r:
    {}["missing"]
print("suppressed:", r.seen)
r2 = Recorder()
try:
    with r2:
        [][1]
except IndexError as exc:
    print("propagated:", r2.seen, exc)


@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except ValueError as exc:
        log.append(f"rollback ({exc})")
    else:
        log.append("commit")
    finally:
        log.append("end")


for should_fail in (False, True):
    log = []
    with transaction(log) as l:
        l.append("work")
        if should_fail:
            raise ValueError("bad data")
    print(log)

log = []
try:
    with transaction(log):
        raise TypeError("not handled by the manager")
except TypeError as exc:
    print(log, "TypeError:", exc)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as exc:
    print("RuntimeError:", exc)


@contextlib.contextmanager
def yields_twice():
    yield 1
    yield 2


try:
    with yields_twice():
        pass
except RuntimeError as exc:
    print("RuntimeError:", exc)


class Replacing:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        if typ is ZeroDivisionError:
            raise ArithmeticError("replaced") from val


try:
    with Replacing():
        1 / 0
except ArithmeticError as exc:
    print(type(exc).__name__, exc, "cause:", repr(exc.__cause__))


def in_function():
    with Recorder(suppress=(ValueError,)) as rec:
        raise ValueError("x")
        return "unreachable"
    return "continues after suppressed exception " + str(rec.seen)


print(in_function())

with contextlib.suppress(FileNotFoundError, KeyError):
    {}["nope"]
print("suppress worked")

try:
    with Recorder(), Recorder(suppress=(OSError,)):
        raise OSError("caught by inner")
    print("inner manager suppressed OSError")
except OSError:
    print("not expected")
