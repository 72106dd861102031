"""abc: abstract methods and properties, instantiation errors, register, __subclasshook__."""
import abc
import collections.abc as cabc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    @property
    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0


print(Square(3).describe())
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as exc:
        print("TypeError:", exc)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__),
      Square.__abstractmethods__)


class Duck(abc.ABC):
    @classmethod
    def __subclasshook__(cls, sub):
        if cls is Duck:
            return hasattr(sub, "quack") or NotImplemented
        return NotImplemented


class Mallard:
    def quack(self):
        return "quack"


class Robot:
    pass


print(issubclass(Mallard, Duck), isinstance(Robot(), Duck))
Duck.register(Robot)
print(isinstance(Robot(), Duck), issubclass(Robot, Duck), Robot.__mro__)


class MyContainer:
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items


mc = MyContainer(1, 2)
print(isinstance(mc, cabc.Sized), isinstance(mc, cabc.Iterable), isinstance(mc, cabc.Collection),
      isinstance(mc, cabc.Sequence), isinstance([], cabc.MutableSequence),
      isinstance({}, cabc.Mapping), isinstance((x for x in ()), cabc.Generator))


class MySeq(cabc.Sequence):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        return self.data[i]

    def __len__(self):
        return len(self.data)


sq = MySeq("abcb")
print(sq.index("b"), sq.count("b"), list(reversed(sq)), "c" in sq, list(sq))


class Meta(abc.ABCMeta):
    pass


class WithMeta(metaclass=Meta):
    @abc.abstractmethod
    def run(self):
        pass


try:
    WithMeta()
except TypeError as exc:
    print("TypeError:", exc)
print(type(Shape).__name__, abc.ABC.__abstractmethods__ if hasattr(abc.ABC, "__abstractmethods__")
      else "no abstract set on ABC")
