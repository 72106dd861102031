"""Unary dunders and conversions: neg/pos/abs/invert, __index__, __int__, __float__, round."""
import math
import operator


class U:
    def __init__(self, v):
        self.v = v

    def __neg__(self): return U(-self.v)
    def __pos__(self): return U(+self.v + 0.5)
    def __abs__(self): return U(abs(self.v))
    def __invert__(self): return U(~int(self.v))
    def __repr__(self): return f"U({self.v})"
    def __int__(self): return int(self.v) + 1000
    def __float__(self): return float(self.v) + 0.25
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, ndigits=None): return f"round({self.v}, {ndigits})"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"


u = U(-7)
print(-u, +u, abs(u), ~u, int(u), float(u), complex(u))
print(round(u), round(u, 2), math.trunc(u), math.floor(u), math.ceil(u))


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print("ab" * Idx(3), operator.index(Idx(9)), range(Idx(3)), int(Idx(12)))
print([10, 20, 30].pop(Idx(-1)), (1, 2, 3)[Idx(-2)])

try:
    data[U(1)]
except TypeError as exc:
    print("TypeError:", exc)
try:
    -object()
except TypeError as exc:
    print("TypeError:", exc)
try:
    ~1.5
except TypeError as exc:
    print("TypeError:", exc)
try:
    int(object())
except TypeError as exc:
    print("TypeError:", exc)


class BadInt:
    def __int__(self):
        return "not an int"


try:
    int(BadInt())
except TypeError as exc:
    print("TypeError:", exc)

print(-True, ~True, +False, abs(-0.0), -(-3), not U(0), bool(U(0)))
print(operator.neg(5), operator.pos(-5), operator.invert(5), operator.not_([]))
