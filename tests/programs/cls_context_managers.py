"""Context managers: __enter__/__exit__ order, exception details, suppression, nesting."""


class Tracked:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r} "
              f"tb={'yes' if tb else 'no'}")
        return self.suppress


with Tracked("a") as value:
    print("body got", value)

with Tracked("outer"), Tracked("inner") as v:
    print("body", v)

with Tracked("suppressing", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with Tracked("passing"):
        raise KeyError("k")
except KeyError as exc:
    print("caught", repr(exc))


def returns_inside():
    with Tracked("ret"):
        return "returned"


print(returns_inside())

for i in range(3):
    with Tracked(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)


class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("never called")


try:
    with Tracked("first"), EnterFails():
        print("not reached")
except RuntimeError as exc:
    print("RuntimeError:", exc)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise OSError("exit failed")


try:
    with ExitRaises():
        raise ValueError("original")
except OSError as exc:
    print("OSError:", exc, "context:", repr(exc.__context__))

try:
    with object():
        pass
except TypeError as exc:
    print("TypeError:", exc)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as exc:
    print(type(exc).__name__ + ":", exc)

with (Tracked("p1") as x1,
      Tracked("p2") as x2):
    print("parenthesized", x1, x2)


class Reusable:
    depth = 0

    def __enter__(self):
        Reusable.depth += 1
        return Reusable.depth

    def __exit__(self, *a):
        Reusable.depth -= 1


r = Reusable()
with r as d1:
    with r as d2:
        print("depths", d1, d2)
print(Reusable.depth)
