"""Host builtins calling back into program code: keys, map/filter, reduce, dunders from C."""
import functools
import heapq
import itertools
import operator
import re


class Rec:
    def __init__(self, name, score):
        self.name, self.score = name, score

    def __repr__(self):
        return f"{self.name}:{self.score}"

    def __lt__(self, other):
        return (self.score, self.name) < (other.score, other.name)

    def __eq__(self, other):
        return isinstance(other, Rec) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


recs = [Rec("b", 3), Rec("a", 3), Rec("c", 1), Rec("d", 2)]
print(sorted(recs), sorted(recs, key=lambda r: r.name, reverse=True))
print(min(recs), max(recs, key=lambda r: (r.score, r.name)))
recs.sort(key=operator.attrgetter("score"))
print(recs)
print(list(map(lambda r: r.name * r.score, recs)), list(filter(lambda r: r.score > 1, recs)))
print(functools.reduce(lambda acc, r: acc + r.score, recs, 0))
print(Rec("a", 0) in recs, recs.index(Rec("d", 0)), recs.count(Rec("b", 9)))
print(len(set(recs + [Rec("a", 99)])), {Rec("x", 1): 1}.get(Rec("x", 5)))
heap = []
for r in recs:
    heapq.heappush(heap, r)
print([heapq.heappop(heap) for _ in range(len(heap))])
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(dict(itertools.groupby(sorted("abracadabra"), key=str.upper)).keys())
print(list(itertools.starmap(lambda a, b: a ** b, [(2, 3), (3, 2)])))
print("-".join(str(x) for x in range(5)), sum(x * x for x in range(10)))
print(list(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1])))
double = functools.partial(map, lambda x: x * 2)
print(list(double([1, 2, 3])))
print(any(r.score > 2 for r in recs), all(r.score > 0 for r in recs))


def bad_key(r):
    if r.name == "a":
        raise ValueError("key function failed on a")
    return r.score


try:
    sorted(recs, key=bad_key)
except ValueError as exc:
    print("ValueError:", exc)


class Boom:
    def __lt__(self, other):
        raise RuntimeError("comparison exploded")


try:
    sorted([Boom(), Boom()])
except RuntimeError as exc:
    print("RuntimeError:", exc)


class Eq:
    calls = 0

    def __eq__(self, other):
        Eq.calls += 1
        return other == "needle"


print([1, "needle", 3].index(Eq()), Eq.calls)
print(list(map(str.upper, ["x", "y"])), list(map(len, ["ab", "c"])))
counts = {}
for word in "the cat the hat the end".split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts, key=counts.get, reverse=True)[:2])
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(sorted(["b10", "a2", "b9"], key=lambda s: (s[0], int(s[1:]))))
print(functools.cmp_to_key(lambda a, b: b - a)(3) < functools.cmp_to_key(lambda a, b: b - a)(5))
