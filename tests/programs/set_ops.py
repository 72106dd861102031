"""set and frozenset: algebra, comparisons, mutation, hashing of frozensets (sorted output)."""
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9], (10,))), sorted(a.intersection(range(3))), sorted(a.difference({1})))
print(a <= a, {1} < a, a > {1, 2}, a.issubset(range(10)), a.isdisjoint({7}), {1, 2} == {2, 1})
s = set()
s.add(3)
s.update([1, 2], "x")
s.discard(99)
s.remove("x")
print(sorted(s), len(s), 2 in s)
try:
    s.remove(99)
except KeyError as exc:
    print("KeyError:", exc)
s.intersection_update({1, 2, 7})
print(sorted(s))
s.symmetric_difference_update({2, 8})
print(sorted(s))
s.difference_update({8})
print(sorted(s), s.pop() in {1}, s)
fs = frozenset("hello")
print(sorted(fs), type(fs | {"z"}).__name__, type({"z"} | fs).__name__, hash(fs) == hash(frozenset("olleh")))
try:
    fs.add("x")
except AttributeError as exc:
    print("AttributeError:", exc)
groups = {frozenset({1, 2}): "a", frozenset({2, 1}): "b"}
print(len(groups), list(groups.values()))
print(set(), frozenset(), {frozenset()}, set("aab") == {"a", "b"}, len({0, 0.0, False}))
print(sorted({x % 5 for x in range(20)}), sorted(set([3, 1, 2])), min({4, 2, 9}), sum({1, 2}))
words = "the cat and the hat and the bat".split()
seen, dupes = set(), set()
for w in words:
    (dupes if w in seen else seen).add(w)
print(sorted(seen), sorted(dupes))
try:
    {[1]}
except TypeError as exc:
    print("TypeError:", exc)
print({1, 2} - {2} | {5}, sorted({"b", "a"} ^ {"a"}))
