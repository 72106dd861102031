"""Reflected operators: __radd__ & co., NotImplemented fallback, and the subclass-first rule."""


class R:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def _r(op):
        def method(self, other):
            return f"{self.name}.__{op}__({other!r})"
        return method

    __radd__ = _r("radd")
    __rsub__ = _r("rsub")
    __rmul__ = _r("rmul")
    __rmatmul__ = _r("rmatmul")
    __rtruediv__ = _r("rtruediv")
    __rfloordiv__ = _r("rfloordiv")
    __rmod__ = _r("rmod")
    __rdivmod__ = _r("rdivmod")
    __rpow__ = _r("rpow")
    __rlshift__ = _r("rlshift")
    __rrshift__ = _r("rrshift")
    __rand__ = _r("rand")
    __ror__ = _r("ror")
    __rxor__ = _r("rxor")


r = R("r")
print(1 + r, 1 - r, 2 * r, 3 @ r if False else "skip@", 4 / r, 5 // r, 6 % r)
print(divmod(7, r), 8 ** r, 9 << r, 10 >> r, 11 & r, 12 | r, 13 ^ r)
print("s" + r, [1] * r, None @ r)


class Left:
    def __add__(self, other):
        print("  Left.__add__ -> NotImplemented")
        return NotImplemented


class Right:
    def __radd__(self, other):
        print("  Right.__radd__")
        return "right wins"


print(Left() + Right())


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__ (subclass tried first)"


class SubNoOverride(Base):
    pass


print(Base() + Sub())
print(Base() + SubNoOverride())
print(Sub() + Base())


class Neither:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return NotImplemented


try:
    Neither() + Neither()
except TypeError as exc:
    print("TypeError:", exc)
try:
    1 + Neither()
except TypeError as exc:
    print("TypeError:", exc)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    __radd__ = __add__

    def __repr__(self):
        return f"Money({self.cents})"


print(sum([Money(5), Money(10), Money(20)]), 3 + Money(1), Money(1) + 3)
print(pow(2, R("p")), 3 ** R("q"))
try:
    pow(2, R("p"), 5)
except TypeError as exc:
    print("TypeError:", exc)
