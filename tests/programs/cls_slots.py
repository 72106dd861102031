"""__slots__: no instance dict, AttributeError messages, inheritance, __dict__ and __weakref__."""
import weakref


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as exc:
    print("AttributeError:", exc)
del p.y
try:
    p.y
except AttributeError as exc:
    print("AttributeError:", exc)
print(type(Point.x).__name__)
try:
    weakref.ref(p)
except TypeError as exc:
    print("TypeError:", exc)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))


class Loose(Point):
    pass


lo = Loose(1, 2)
lo.anything = "ok"
print(vars(lo))


class WithDict:
    __slots__ = ("a", "__dict__", "__weakref__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, vars(w), weakref.ref(w)() is w)


class Single:
    __slots__ = "only"


s = Single()
s.only = "one"
print(s.only, Single.__slots__)


class ClassVarClash:
    __slots__ = ("v",)


try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as exc:
    print("ValueError:", exc)

try:
    class Bad2:
        __slots__ = ("__dict__", "__dict__")
except TypeError as exc:
    print("TypeError:", exc)


class Empty:
    __slots__ = ()


try:
    Empty().x = 1
except AttributeError as exc:
    print("AttributeError:", exc)
print(sorted(n for n in dir(Point) if not n.startswith("__")))
