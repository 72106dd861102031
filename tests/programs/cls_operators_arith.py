"""Every binary arithmetic dunder on a user class, including 3-argument pow and divmod."""


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v!r})"

    def _wrap(self, op, other, fn):
        o = other.v if isinstance(other, Num) else other
        print(f"  {op}({self.v!r}, {o!r})")
        return Num(fn(self.v, o))

    def __add__(self, o): return self._wrap("add", o, lambda a, b: a + b)
    def __sub__(self, o): return self._wrap("sub", o, lambda a, b: a - b)
    def __mul__(self, o): return self._wrap("mul", o, lambda a, b: a * b)
    def __matmul__(self, o): return self._wrap("matmul", o, lambda a, b: a * 1000 + b)
    def __truediv__(self, o): return self._wrap("truediv", o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._wrap("floordiv", o, lambda a, b: a // b)
    def __mod__(self, o): return self._wrap("mod", o, lambda a, b: a % b)
    def __divmod__(self, o): return self._wrap("divmod", o, divmod)
    def __lshift__(self, o): return self._wrap("lshift", o, lambda a, b: a << b)
    def __rshift__(self, o): return self._wrap("rshift", o, lambda a, b: a >> b)
    def __and__(self, o): return self._wrap("and", o, lambda a, b: a & b)
    def __or__(self, o): return self._wrap("or", o, lambda a, b: a | b)
    def __xor__(self, o): return self._wrap("xor", o, lambda a, b: a ^ b)

    def __pow__(self, o, mod=None):
        print(f"  pow({self.v}, {o}, {mod})")
        return Num(pow(self.v, o, mod) if mod is not None else self.v ** o)


a, b = Num(17), Num(5)
for name, fn in [("+", lambda: a + b), ("-", lambda: a - b), ("*", lambda: a * 3),
                 ("@", lambda: a @ b), ("/", lambda: a / b), ("//", lambda: a // b),
                 ("%", lambda: a % b), ("divmod", lambda: divmod(a, b)),
                 ("<<", lambda: a << 2), (">>", lambda: a >> 1), ("&", lambda: a & b),
                 ("|", lambda: a | b), ("^", lambda: a ^ b), ("**", lambda: a ** 2),
                 ("pow3", lambda: pow(a, 3, 7)), ("chain", lambda: a + b * 2 - 1)]:
    print(name)
    print(" =", fn())


class Vec:
    def __init__(self, *c):
        self.c = c

    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(*(x + y for x, y in zip(self.c, o.c)))

    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(x * y for x, y in zip(self.c, k.c))
        return Vec(*(x * k for x in self.c))

    def __repr__(self):
        return f"Vec{self.c}"


print(Vec(1, 2) + Vec(3, 4), Vec(1, 2) * 3, Vec(1, 2) * Vec(3, 4))
for bad in [lambda: Vec(1) + 1, lambda: Vec(1) - Vec(1), lambda: 1 @ Vec(1), lambda: Vec() ** 2]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
