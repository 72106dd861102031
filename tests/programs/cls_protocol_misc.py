"""Less common protocols: __instancecheck__/__subclasscheck__, __mro_entries__, __length_hint__,
__fspath__, __index__ in slices, __init__ on metaclass calls, __reduce__ for copy."""
import operator
import os


class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, (int, float)) and obj > 0

    def __subclasscheck__(cls, sub):
        return sub in (int, float, bool)


class Positive(metaclass=Meta):
    pass


print(isinstance(5, Positive), isinstance(-5, Positive), isinstance("x", Positive))
print(issubclass(bool, Positive), issubclass(str, Positive))


class Proxy:
    def __mro_entries__(self, bases):
        return (dict,)


class FromProxy(Proxy()):
    pass


print(FromProxy.__mro__, [type(b).__name__ for b in FromProxy.__orig_bases__])


class Hinted:
    def __iter__(self):
        return iter(range(3))

    def __length_hint__(self):
        return 42


print(operator.length_hint(Hinted()), operator.length_hint([1, 2]), list(Hinted()))


class PathLike:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath(PathLike("some/dir")), os.path.join(PathLike("a"), "b"), os.fspath("plain"))
try:
    os.fspath(3)
except TypeError as exc:
    print("TypeError:", exc)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print("abcdef"[Idx(1):Idx(5):Idx(2)], list(range(10))[Idx(-3):])


class Sized:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError


print(list(reversed(Sized())), sorted(Sized(), reverse=True), 20 in Sized())


class Callable:
    def __call__(self, *args, **kwargs):
        return args, kwargs


c = Callable()
print(c(1, x=2), list(map(c, [1, 2])), sorted([3, 1], key=Callable()))


class Comparable:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == getattr(other, "v", other)

    __hash__ = None


print([1, 2, 3].count(Comparable(2)), Comparable(2) in [1, 2], (1, 2).index(Comparable(2)))
print(type(int.__instancecheck__).__name__, Meta.__instancecheck__.__qualname__)
