"""functools.total_ordering fills in comparisons from __eq__ and one ordering method."""
from functools import total_ordering


@total_ordering
class Grade:
    order = "FDCBA"

    def __init__(self, letter):
        self.letter = letter

    def __eq__(self, other):
        if not isinstance(other, Grade):
            return NotImplemented
        return self.letter == other.letter

    def __lt__(self, other):
        if not isinstance(other, Grade):
            return NotImplemented
        return self.order.index(self.letter) < self.order.index(other.letter)

    def __repr__(self):
        return f"Grade({self.letter})"

    __hash__ = None


a, b = Grade("A"), Grade("C")
print(a > b, a >= b, a <= b, a < b, a == Grade("A"), a != b)
print(sorted([Grade(g) for g in "CAFBD"]), max(Grade(g) for g in "CBD"))
try:
    a < 5
except TypeError as exc:
    print("TypeError:", exc)
print(sorted(k for k in ("__lt__", "__le__", "__gt__", "__ge__") if k in vars(Grade)))


@total_ordering
class ByGe:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


print(ByGe(1) < ByGe(2), ByGe(3) <= ByGe(3), ByGe(3) > ByGe(1))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as exc:
    print("ValueError:", exc)
