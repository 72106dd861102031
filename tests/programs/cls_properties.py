"""property: getter/setter/deleter, read-only errors, inheritance and overriding, docs."""


class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as exc:
    print("ValueError:", exc)
try:
    t.fahrenheit = 5
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    del t.fahrenheit
except AttributeError as exc:
    print("AttributeError:", exc)
del t.celsius
print(t.celsius, Temperature.celsius.__doc__, type(Temperature.celsius).__name__)


class Old:
    def get_x(self):
        return self._x

    def set_x(self, v):
        self._x = v * 2
    x = property(get_x, set_x, None, "the x")


o = Old()
o.x = 5
print(o.x, Old.x.__doc__, Old.x.fget.__name__, Old.x.fdel)


class Base:
    @property
    def name(self):
        return "base"


class Child(Base):
    @Base.name.getter
    def name(self):
        return "child of " + super().name


class Shadow(Base):
    name = "plain attribute"


print(Child().name, Shadow().name)


class Lazy:
    calls = 0

    @property
    def expensive(self):
        Lazy.calls += 1
        return 42


lz = Lazy()
print(lz.expensive, lz.expensive, Lazy.calls)
try:
    lz.__dict__["expensive"] = "instance dict"
    print(lz.expensive)
except Exception as exc:
    print(exc)


class Raising:
    @property
    def broken(self):
        raise AttributeError("inner missing")

    def __getattr__(self, name):
        return f"__getattr__({name})"


print(Raising().broken)
