"""__call__, callable(), __new__ vs __init__, __new__ returning other types, singletons, caching."""


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *rest):
        return x * self.k + sum(rest)


m = Multiplier(3)
print(m(4), m(1, 2, 3), callable(m), callable(Multiplier), callable(3), callable(print))
print(list(map(m, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))


class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            print("creating the instance")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("init with", value)
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never runs: __new__ returned an int")


print(NotMine(), type(NotMine()))


class Interned:
    cache = {}

    def __new__(cls, name):
        if name not in cls.cache:
            obj = super().__new__(cls)
            obj.name = name
            cls.cache[name] = obj
        return cls.cache[name]


print(Interned("x") is Interned("x"), Interned("x") is Interned("y"), len(Interned.cache))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
print(p, p.x, len(p), isinstance(p, tuple))


class CallCounter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)


@CallCounter
def square(x):
    return x * x


print(square(3), square(4), square.calls)

try:
    object.__new__(int)
except TypeError as exc:
    print("TypeError:", exc)
try:
    Multiplier.__call__(5, 1)
except (TypeError, AttributeError) as exc:
    print(type(exc).__name__ + ":", exc)


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as exc:
    print("TypeError:", exc)
try:
    object.__new__(Multiplier)("x")
except AttributeError as exc:
    print("AttributeError:", exc)


class ObjNewArgs:
    pass


try:
    ObjNewArgs(1, 2)
except TypeError as exc:
    print("TypeError:", exc)
