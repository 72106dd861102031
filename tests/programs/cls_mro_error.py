"""Class creation errors: inconsistent MRO, duplicate bases, layout conflicts, bad bases."""


class A: pass
class B(A): pass


try:
    class Bad(A, B):
        pass
except TypeError as exc:
    print("TypeError:", exc)

try:
    class Dup(A, A):
        pass
except TypeError as exc:
    print("TypeError:", exc)

try:
    class Layout(int, str):
        pass
except TypeError as exc:
    print("TypeError:", exc)

try:
    class FromInstance(3):
        pass
except TypeError as exc:
    print("TypeError:", exc)

try:
    class FromBool(bool):
        pass
except TypeError as exc:
    print("TypeError:", exc)

try:
    type("T", (A,), {"__slots__": ["x", "x"]})
except TypeError as exc:
    print("TypeError:", exc)

X = type("X", (), {})
Y = type("Y", (X,), {"attr": 1})
print(Y.__mro__, Y.attr, Y.__name__, Y.__module__)

try:
    class OK(B, A):
        pass
    print([k.__name__ for k in OK.__mro__])
except TypeError as exc:
    print("unexpected", exc)

try:
    type("Q", (A,), {}, extra=1)
except TypeError as exc:
    print("TypeError:", exc)

try:
    class P(A, B, metaclass=type):
        pass
except TypeError as exc:
    print("TypeError:", exc)
