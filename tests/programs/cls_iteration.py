"""Iteration protocols: __iter__/__next__, old-style __getitem__, __reversed__, __contains__."""


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)

    def __reversed__(self):
        return iter(range(1, self.start + 1))


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(4)
print(list(c), list(reversed(c)), sum(c), max(c), sorted(c), tuple(c))
it = iter(c)
print(next(it), next(it), list(it), next(it, "done"))
a, b, *rest = Countdown(5)
print(a, b, rest)


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 7 in Squares(), list(enumerate(Squares())))


class Members:
    def __init__(self, *m):
        self.m = m

    def __contains__(self, item):
        print(f"  contains({item!r})")
        return item in self.m

    def __iter__(self):
        return iter(self.m)


mem = Members(1, 2)
print(2 in mem, 3 not in mem)

it2 = iter([1, 2, 3].pop, 1)
print(list(it2))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)))

for bad in [lambda: iter(5), lambda: next([1]), lambda: list(object())]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as exc:
    print("TypeError:", exc)


class NoneIter:
    __iter__ = None


try:
    iter(NoneIter())
except TypeError as exc:
    print("TypeError:", exc)


class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b


for i, f in zip(range(10), Fib()):
    print(f, end=" ")
print()
z = zip([1, 2, 3], "ab")
print(list(z), list(map(lambda x, y: x * y, [1, 2], [3, 4, 5])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as exc:
    print("ValueError:", exc)
