"""Positional-only parameters (PEP 570) and names that may repeat in **kwargs."""


def pos(a, b, /, c, *, d):
    return a, b, c, d


print(pos(1, 2, 3, d=4))
print(pos(1, 2, c=3, d=4))

try:
    pos(1, b=2, c=3, d=4)
except TypeError as exc:
    print("TypeError:", exc)

try:
    pos(a=1, b=2, c=3, d=4)
except TypeError as exc:
    print("TypeError:", exc)


def tolerant(name, /, **kwargs):
    return name, kwargs


print(tolerant("pos", name="kw"))


def defaults(a, b=20, /, c=30):
    return a, b, c


print(defaults(1), defaults(1, 2), defaults(1, 2, 3), defaults(1, c=9))
print(defaults.__code__.co_posonlyargcount, defaults.__code__.co_argcount)
print(defaults.__defaults__)

# Builtins have positional-only parameters too.
for call in [lambda: len(obj=[]), lambda: divmod(x=1, y=2), lambda: abs()]:
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)


class Point:
    def __init__(self, x, y, /):
        self.x, self.y = x, y

    def moved(self, dx=0, dy=0, /):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print(p.moved(3), p.moved(1, 1))
try:
    p.moved(dx=1)
except TypeError as exc:
    print("TypeError:", exc)
