"""Comprehensions that create closures, nested comprehensions referring to outer loop names."""


def make_table(n):
    return [[lambda r=r, c=c: r * c for c in range(n)] for r in range(n)]


table = make_table(3)
print([[cell() for cell in row] for row in table])


def late_binding():
    return [[lambda: (r, c) for c in range(2)] for r in range(2)]


print([[f() for f in row] for row in late_binding()])


def counter_factory():
    counts = {k: 0 for k in "ab"}

    def bump(k):
        counts[k] += 1
        return {k2: v for k2, v in counts.items() if v}
    return bump


bump = counter_factory()
print(bump("a"), bump("a"), bump("b"))


def uses_enclosing(limit):
    return [x for x in range(10) if x < limit if all(x % d for d in range(2, x) if d < limit)]


print(uses_enclosing(8))
adders = {n: (lambda m: lambda x: x + m)(n) for n in range(3)}
print({k: f(100) for k, f in adders.items()})
words = ["aa", "b", "ccc"]
by_len = {len(w): [w2 for w2 in words if len(w2) == len(w)] for w in words}
print(by_len)
print([[y for y in range(x)] for x in range(4)])
print({x: {y: x * y for y in range(x)} for x in range(3)})
