"""Class patterns: positional via __match_args__, keywords, builtins, dataclasses, errors."""
from dataclasses import dataclass


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


@dataclass
class Circle:
    center: Point
    radius: float


@dataclass
class Rect:
    corner: Point
    w: float
    h: float


def area(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"centred circle r={r}"
        case Circle(center=Point(x=cx), radius=r) if r > 10:
            return f"big circle at x={cx}"
        case Circle(_, r):
            return f"circle area {3 * r * r}"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square at {x},{y} side {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case Point(x, y):
            return f"just a point {x},{y}"
        case _:
            return "unknown"


for s in [Circle(Point(0, 0), 2), Circle(Point(5, 1), 20), Circle(Point(1, 1), 1),
          Rect(Point(1, 2), 3, 3), Rect(Point(0, 0), 2, 5), Point(7, 8), "other"]:
    print(area(s))


def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case list([x, *_]):
            return f"list starting with {x}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case tuple((a, b)):
            return f"tuple pair {a} {b}"
        case _:
            return "other"


print([builtin(v) for v in [True, 3, 2.5, "s", [9, 8], {"a": 1}, (1, 2), None]])


class NoArgs:
    pass


match NoArgs():
    case NoArgs():
        print("class pattern without arguments matches by isinstance")

try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as exc:
    print("TypeError:", exc)


class TooMany:
    __match_args__ = ("a",)
    a = 1


try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as exc:
    print("TypeError:", exc)

try:
    match 5:
        case int(x, y):
            pass
except TypeError as exc:
    print("TypeError:", exc)

try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as exc:
    print("TypeError:", exc)


class Dynamic:
    def __getattr__(self, name):
        return f"dyn-{name}"


match Dynamic():
    case Dynamic(anything=v):
        print("keyword via __getattr__:", v)

not_a_class = 5
try:
    match 1:
        case not_a_class():
            pass
except TypeError as exc:
    print("TypeError:", exc)
