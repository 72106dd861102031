"""functools callbacks: partial, lru_cache, cache, cached_property, singledispatch, reduce."""
import functools


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
print(square(7), cube_mod(7), square.func is power, square.args, square.keywords)
nested = functools.partial(functools.partial(power, 2), mod=1000)
print(nested(20), nested.args, nested.keywords)
print(repr(functools.partial(len)).startswith("functools.partial(<built-in function len>"))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=2)
def slow(x):
    print("  computing", x)
    return x * 10


for v in [1, 2, 1, 3, 1, 2]:
    slow(v)
print(slow.cache_info())


@functools.cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)


print(count_paths(16, 16))


class Data:
    def __init__(self, values):
        self.values = values

    @functools.cached_property
    def total(self):
        print("  computing total")
        return sum(self.values)


d = Data([1, 2, 3])
print(d.total, d.total)
del d.total
print(d.total)


@functools.singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(list)
def _(obj):
    return "list of " + ", ".join(describe(x) for x in obj)


@describe.register(bool)
def _(obj):
    return f"bool {obj}"


print(describe(3), "|", describe(True), "|", describe([1, "a", False]), "|", describe(2.5))


class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        raise NotImplementedError

    @area.register
    def _(self, arg: int):
        return arg * arg

    @area.register
    def _(self, arg: tuple):
        return arg[0] * arg[1]


print(Shape().area(4), Shape().area((2, 5)))
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(max, [3, 9, 2], 0))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as exc:
    print("TypeError:", exc)


class Sorter:
    def __init__(self, key):
        self.key = key

    def __call__(self, items):
        return sorted(items, key=self.key)


by_len = functools.partial(Sorter(len))
print(by_len(["ccc", "a", "bb"]))
