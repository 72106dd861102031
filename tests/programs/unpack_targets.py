"""Unpacking in for loops, with statements, comprehensions and attribute/subscript targets."""
pairs = [(1, "one"), (2, "two")]
for num, name in pairs:
    print(num, name)
for i, (num, name) in enumerate(pairs):
    print(i, num, name)
for first, *others in [[1, 2, 3], [4], "xy"]:
    print(first, others)
for (a, b), c in [((1, 2), 3), ("ab", "c")]:
    print(a, b, c)
data = {"x": [1, 2], "y": [3, 4]}
for key, (lo, hi) in sorted(data.items()):
    print(key, lo + hi)


class Box:
    pass


box = Box()
items = [0, 0]
for box.value, items[0] in [("a", 1), ("b", 2)]:
    pass
print(box.value, items)
store = {}
for store["k"] in range(3):
    pass
print(store)


class CM:
    def __enter__(self):
        return (1, (2, 3))

    def __exit__(self, *a):
        return False


with CM() as (one, (two, three)):
    print(one, two, three)
with CM() as [x, y]:
    print(x, y)
with CM() as box.entered:
    pass
print(box.entered)
print([a * b for a, b in zip(range(3), range(3, 6))], {k: v for k, *v in ["abc", "de"]})
try:
    for p, q in [(1, 2), (3,)]:
        print(p, q)
except ValueError as exc:
    print("ValueError:", exc)
