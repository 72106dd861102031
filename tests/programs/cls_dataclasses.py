"""dataclasses: defaults, factories, ordering, frozen, post_init, asdict, replace, fields, slots."""
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False, compare=False)


a = Item("apple", 1.5)
b = Item("apple", 1.5, secret="y")
print(a, a == b, a.tags is not Item("p").tags)
a.tags.append("fruit")
print(asdict(a), astuple(a), replace(a, price=2.0))
print([f.name for f in fields(Item)], Item.__dataclass_fields__["price"].default)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0)]
print(sorted(vs), max(vs), str(min(vs)), len(set(vs)), Version(1) < Version(1, 0, 1))
try:
    vs[0].major = 3
except dataclasses.FrozenInstanceError as exc:
    print("FrozenInstanceError:", exc)
print(hash(Version(1, 2)) == hash(Version(1, 2, 0)))


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


print(Rect(2, 3), Rect(2, 3, scale=2))
try:
    Rect(1)
except TypeError as exc:
    print("TypeError:", exc)

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as exc:
    print("ValueError:", exc)

try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as exc:
    print("TypeError:", exc)


@dataclass
class Base:
    x: int = 0


@dataclass
class Derived(Base):
    y: int = 1


print(Derived(5, 6), Derived(y=2), dataclasses.is_dataclass(Derived), Derived.__match_args__)


@dataclass(slots=True, kw_only=True)
class Slotted:
    a: int
    b: str = "b"


sl = Slotted(a=1)
print(sl, hasattr(sl, "__dict__"), Slotted.__slots__)
try:
    Slotted(1)
except TypeError as exc:
    print("TypeError:", exc)

Point = dataclasses.make_dataclass("Point", [("x", int), ("y", int, field(default=0))])
print(Point(1), Point(1, 2) == Point(1, 2), Point.__name__)


@dataclass(eq=False)
class Identity:
    v: int


print(Identity(1) == Identity(1), Identity.__hash__ is object.__hash__)
