"""tuple and range: immutability, methods, comparisons, range arithmetic and attributes."""
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t + (4,), t * 2, len(t), 2 in t, (1,) < (1, 2), () == ())
print(tuple("abc"), tuple(range(3)), (1,), (), tuple([]) is tuple(), type((1)), type((1,)))
try:
    t[0] = 9
except TypeError as exc:
    print("TypeError:", exc)
try:
    t.index(99)
except ValueError as exc:
    print("ValueError:", exc)
nested = ([1], 2)
nested[0].append(3)
print(nested, hash((1, "a")) == hash((1, "a")))
r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:3], r.start, r.stop, r.step, 11 in r, 12 in r)
print(r.index(8), r.count(8), list(reversed(r)), range(5) == range(0, 5, 1), range(0) == range(2, 1))
print(range(10)[::-2], list(range(10, -1, -5)), sum(range(0, 101, 5)), max(range(7)), bool(range(0)))
print(range(-5, 5)[3], range(0, 10 ** 20, 3)[-1], (10 ** 20 - 1) in range(10 ** 20), hash(range(3)) == hash(range(0, 3)))
try:
    range(3)[5]
except IndexError as exc:
    print("IndexError:", exc)
try:
    range(1.5)
except TypeError as exc:
    print("TypeError:", exc)
a, b, *c = range(5)
print(a, b, c, sorted((3, 1, 2)), tuple(sorted({"b": 1, "a": 2})), divmod(17, 5))
print(tuple(x * 2 for x in t), t[::-1], max(t), min(t), sum(t), any(t), t.__len__())
pairs = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pairs), max(pairs), [p for p in pairs if p > (1, "zz")])
