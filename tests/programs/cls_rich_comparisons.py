"""Rich comparisons: all six, reflection, NotImplemented, chained comparisons, error messages."""


class V:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"V({self.v})"

    def _cmp(op, fn):
        def method(self, other):
            if not isinstance(other, V):
                print(f"  {op}: NotImplemented for {other!r}")
                return NotImplemented
            print(f"  {op}({self.v}, {other.v})")
            return fn(self.v, other.v)
        return method

    __eq__ = _cmp("eq", lambda a, b: a == b)
    __ne__ = _cmp("ne", lambda a, b: a != b)
    __lt__ = _cmp("lt", lambda a, b: a < b)
    __le__ = _cmp("le", lambda a, b: a <= b)
    __gt__ = _cmp("gt", lambda a, b: a > b)
    __ge__ = _cmp("ge", lambda a, b: a >= b)
    __hash__ = None


a, b, c = V(1), V(2), V(3)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print("chain", a < b < c)
print("chain short-circuit", b < a < c)
print("eq with int", a == 1)
print("ne with int", a != 1)
try:
    a < 1
except TypeError as exc:
    print("TypeError:", exc)


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v


print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  OnlyLt.__lt__({self.v}, {other.v})")
        return self.v < other.v

    def __repr__(self):
        return f"L{self.v}"


print(OnlyLt(1) > OnlyLt(2))
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as exc:
    print("TypeError:", exc)


class Sub(V):
    def __eq__(self, other):
        print("  Sub.__eq__ first (reflected priority)")
        return True

    __hash__ = None


print(V(1) == Sub(5))

for x, y in [(1, "1"), ([1], (1,)), (None, None), (1, 1.0), (float("nan"), float("nan"))]:
    print(repr(x), repr(y), x == y, x != y)
for bad in [lambda: 1 < "1", lambda: [] > (), lambda: None < None, lambda: {} <= {}]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", {1} < {1, 2}, {1} <= {1})
print(1 < 2 < 3 > 2 != 5 == 5, 1 < 3 < 2, 0 == 0.0 == False)


class Weird:
    def __eq__(self, other):
        return "truthy string"


print(Weird() == 1, [Weird()] == [Weird()], Weird() in [1])
