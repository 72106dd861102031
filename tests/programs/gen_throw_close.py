"""generator.throw and close: handling inside, GeneratorExit, ignoring close, thrown tracebacks."""


def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as exc:
            print("  handled thrown", repr(exc))
            yield "recovered"


r = resilient()
print(next(r))
print(r.throw(ValueError("bad")))
print(next(r))
try:
    r.throw(KeyError("unhandled"))
except KeyError as exc:
    print("propagated KeyError:", exc)
print(next(r, "closed after propagation"))

g = resilient()
try:
    g.throw(ValueError("before start"))
except ValueError:
    print("throw into unstarted generator propagates immediately")


def stubborn():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                print("  giving up the second time")
                return
            ignored = True
            print("  ignoring GeneratorExit")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)
s.close()


def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("  cleaning up")
        return "ignored return value"


c = returns_on_close()
next(c)
print(c.close())
print(c.close(), "closing twice is fine")
unstarted = returns_on_close()
unstarted.close()
print("closing unstarted generator runs nothing")


def counter():
    n = 0
    while True:
        try:
            yield n
        except OverflowError:
            n = -100
        n += 1


ct = counter()
print(next(ct), next(ct), ct.throw(OverflowError), next(ct))
print(ct.throw(OverflowError()))

try:
    ct.throw(ValueError, ValueError("instance"), None)
except ValueError as exc:
    print("legacy 3-arg throw:", exc)


def finalizer():
    try:
        yield
    finally:
        print("  finally via close")


f = finalizer()
next(f)
f.close()


def catches_all():
    try:
        yield 1
    except BaseException as exc:
        print("  caught", type(exc).__name__)
        yield 2


ca = catches_all()
next(ca)
print(ca.throw(StopIteration))
