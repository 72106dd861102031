"""An uncaught TypeError from an unsupported operator between user and builtin types."""


class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented


total = Meters(1) + Meters(2)
print(total.v)
total = total + 5
