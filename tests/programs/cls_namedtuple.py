"""namedtuple and typing.NamedTuple: fields, defaults, _replace, _asdict, _make, methods."""
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p), p._fields, p._asdict(), p._replace(x=10))
x, y = p
print(x + y, Point._make([5, 6]), tuple(p), hash(p) == hash((1, 2)))
try:
    p.x = 3
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    Point(1)
except TypeError as exc:
    print("TypeError:", exc)

Conf = namedtuple("Conf", ["host", "port", "debug"], defaults=[8080, False])
print(Conf("h"), Conf("h", 1, True), Conf._field_defaults)
Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_x"], rename=True)
print(Renamed._fields)
try:
    namedtuple("Bad", ["class"])
except ValueError as exc:
    print("ValueError:", exc)


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100

    def raise_by(self, pct):
        return self._replace(salary=self.salary * (100 + pct) // 100)

    def __str__(self):
        return f"{self.name}@{self.dept}"


e = Employee("ann")
print(e, repr(e), e.raise_by(10), Employee.__annotations__, Employee._field_defaults)
staff = [Employee("bob", "ops", 90), Employee("cy", "eng", 120), e]
print(sorted(staff), max(staff, key=lambda s: s.salary).name)
print(isinstance(e, tuple), type(e).__mro__[1].__name__, Employee.__doc__)


class Point3(Point):
    __slots__ = ()

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


print(Point3(-3, 4).norm1, Point3(1, 2))
