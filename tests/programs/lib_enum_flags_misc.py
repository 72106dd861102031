"""functools.partialmethod, itertools with enums, operator on enum flags, sorted enums by value."""
import enum
import functools


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = state

    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)


class Weekday(enum.IntEnum):
    MON = 1
    TUE = 2
    WED = 3

    @property
    def is_early(self):
        return self < Weekday.WED

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


print([d.name for d in Weekday if d.is_early], Weekday.parse("wed"), Weekday(2) + 1, max(Weekday))


class Status(enum.Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.__members__.get(value.upper())
        return None


print(Status("ACTIVE"), Status("inactive"))
try:
    Status(3)
except ValueError as exc:
    print("ValueError:", exc)


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


mode = Perm(6)
print(mode, Perm.R in mode, list(Perm), format(Perm.R | Perm.X, "d"), ~Perm.X & 7, repr(Perm(0)))
total = functools.reduce(lambda a, b: a | b, [Perm.R, Perm.W, Perm.X])
print(total, int(total), total.value, Perm(7) == 7)
