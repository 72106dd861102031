"""Descriptors: data vs non-data precedence, __get__ on class access, methods as descriptors."""


class Data:
    def __get__(self, obj, objtype=None):
        return ("data", None if obj is None else type(obj).__name__, objtype.__name__)

    def __set__(self, obj, value):
        obj.__dict__["_data_set"] = value


class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"


class Deleter:
    def __get__(self, obj, objtype=None):
        return "deleter-get"

    def __delete__(self, obj):
        print("Deleter.__delete__ called")


class Holder:
    d = Data()
    n = NonData()
    x = Deleter()


h = Holder()
print(h.d, Holder.d)
h.__dict__["d"] = "instance value"
print(h.d)
h.d = 5
print(h.__dict__["_data_set"])
print(h.n)
h.__dict__["n"] = "instance shadows non-data"
print(h.n, Holder.n)
del h.x
try:
    h.x = 1
except AttributeError as exc:
    print("AttributeError:", exc)


class Upper:
    def __init__(self):
        self.store = {}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.store.get(id(obj), "").upper()

    def __set__(self, obj, value):
        self.store[id(obj)] = value


class Person:
    name = Upper()


a, b = Person(), Person()
a.name = "ann"
b.name = "bob"
print(a.name, b.name, type(Person.name).__name__)


def plain(self, x):
    return (type(self).__name__, x)


bound = plain.__get__(h, Holder)
print(bound(1), type(bound).__name__, plain.__get__(None, Holder) is plain)


class Method:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.fn(obj, *a)


class UsesMethod:
    def __init__(self, v):
        self.v = v

    @Method
    def show(self, suffix):
        return f"{self.v}{suffix}"


print(UsesMethod(7).show("!"), type(UsesMethod.show).__name__)


class Cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, objtype=None):
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Circle:
    computed = 0

    def __init__(self, r):
        self.r = r

    @Cached
    def area(self):
        Circle.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, Circle.computed)


class MetaDesc:
    def __get__(self, obj, objtype=None):
        return f"on {objtype.__name__}"


class Meta(type):
    attr = MetaDesc()


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.attr)
print(type(len).__name__, type([].append).__name__, type(list.append).__name__,
      type(dict.__dict__["fromkeys"]).__name__, type(int.__add__).__name__)
