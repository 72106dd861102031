"""operator: function forms of operators, itemgetter/attrgetter/methodcaller, on user classes."""
import functools
import operator as op


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + o.v)

    def __lt__(self, o):
        return self.v < o.v

    def __eq__(self, o):
        return self.v == o.v

    def __getitem__(self, i):
        return self.v * i

    def __repr__(self):
        return f"Num({self.v})"


print(op.add(Num(1), Num(2)), op.lt(Num(1), Num(2)), op.eq(Num(3), Num(3)), op.getitem(Num(2), 5))
print(op.add(1, 2), op.sub(5, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 8), op.neg(4), op.pos(-4), op.abs(-9), op.inv(5), op.lshift(1, 4), op.rshift(16, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.is_(None, None))
print(op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.matmul.__name__, op.index(7), op.length_hint(iter(range(5))))
records = [{"name": "b", "age": 30}, {"name": "a", "age": 25}]
print(sorted(records, key=op.itemgetter("name")), list(map(op.itemgetter(1, 0), ["xy", "ab"])))
pairs = [(1, "z"), (0, "y")]
print(sorted(pairs, key=op.itemgetter(0)), op.itemgetter(slice(1, None))("abc"))


class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"


ps = [P("zed", P("deep1")), P("amy", P("deep2"))]
print([p.name for p in sorted(ps, key=op.attrgetter("name"))], op.attrgetter("inner.name", "name")(ps[0]))
print(op.methodcaller("greet", "Hi")(ps[0]), op.methodcaller("greet", "Yo", punct="?")(ps[1]))
print(functools.reduce(op.mul, range(1, 6)), functools.reduce(op.add, [Num(1), Num(2), Num(3)]))
lst = [1, 2, 3]
op.setitem(lst, 0, 10)
op.delitem(lst, 1)
print(lst, op.getitem(lst, slice(0, 1)))
x = [1]
x = op.iadd(x, [2])
s = "a"
s = op.iconcat(s, "b") if False else op.iadd(s, "b")
print(x, s, op.imul([0], 3), op.ipow(2, 5))
print(repr(op.itemgetter(1)), repr(op.attrgetter("a.b")), repr(op.methodcaller("m", 1, k=2)))
