"""enum: Enum, IntEnum, Flag, IntFlag, auto, StrEnum, unique, lookups, iteration and errors."""
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()}={self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(Color.__members__), Color.RED.describe(), Color.default())
print(Color.RED == 1, Color.RED == Color.RED, Color.RED in Color, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as exc:
    print("ValueError:", exc)
try:
    Color["PINK"]
except KeyError as exc:
    print("KeyError:", exc)
try:
    Color.RED = 5
except AttributeError as exc:
    print("AttributeError:", exc)


class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print(Prio.HIGH > Prio.LOW, Prio.MID + 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.MID),
      f"{Prio.HIGH}", str(Prio.LOW))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), ~Perm.R, rw.value)


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


print(Mode.A | Mode.C, Mode(7), Mode.A | 8, int(Mode.B | Mode.C))


class Shade(enum.StrEnum):
    LIGHT = auto()
    DARK = "dk"


print(Shade.LIGHT, Shade.DARK.upper(), Shade("dk"), f"{Shade.LIGHT}!")

try:
    @enum.unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as exc:
    print("ValueError:", exc)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print([f"{p.name}: {p.gravity:.2f}" for p in Planet])
Animal = Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value, type(Animal.CAT).__name__)
print({Color.RED: "r"}[Color.CRIMSON], Color.RED.name, Color.RED.value, hash(Color.RED) == hash(Color.RED))

match Color.BLUE:
    case Color.RED:
        print("matched red")
    case Color.BLUE:
        print("matched blue")
