"""Generators: laziness, state between yields, infinite generators, generator objects."""


def count_up(n):
    print("  started")
    i = 0
    while i < n:
        print(f"  yielding {i}")
        yield i
        i += 1
    print("  finished")


g = count_up(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print("created, nothing ran yet")
for v in g:
    print("got", v)
print(list(g), "exhausted generator yields nothing")


def naturals():
    n = 0
    while True:
        yield n
        n += 1


nat = naturals()
print([next(nat) for _ in range(5)], next(nat))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    return [x for _, x in zip(range(n), it)]


print(take(12, fib()))


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


print(list(chunks("abcdefgh", 3)))


def yield_expression_value():
    x = yield
    print("  received", x)


y = yield_expression_value()
print(next(y))
try:
    y.send("hi")
except StopIteration:
    print("stopped after send")


def multiple_yields_in_expr():
    result = (yield 1) + (yield 2)
    yield result


m = multiple_yields_in_expr()
print(next(m), m.send(10), m.send(20))

g1, g2 = naturals(), naturals()
print(next(g1), next(g1), next(g2), g1 is iter(g1))


def empty():
    return
    yield


print(list(empty()), type(empty()).__name__)


class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(t), sum(t), max(t))
gen = (x * x for x in range(3))
print(gen.__name__, list(gen), list(gen))
