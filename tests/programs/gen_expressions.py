"""Generator expressions: laziness, the eagerly evaluated first iterable, scoping, reuse."""
log = []


def source(name, n):
    log.append(f"source {name} created")
    return range(n)


g = (x * 2 for x in source("outer", 3))
print(log)
log.clear()
g2 = (x + y for x in source("first", 2) for y in source("second", 2))
print(log)
print(list(g2), log)

x = "outer x"
gen = (x for x in range(3))
print(list(gen), x)

funcs = list(lambda: i for i in range(3))
print([f() for f in funcs])

nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))

data = [1, 2, 3]
lazy = (d * 10 for d in data)
data.append(4)
print(list(lazy))
data = [100]
lazy2 = (d for d in data)
data = [200]
print(list(lazy2))

total = sum(x * x for x in range(10) if x % 2)
print(total, max(len(w) for w in ["ab", "abcd", "a"]), sorted(c for c in "hello"))
print(any(n > 5 for n in range(10)), all(n < 5 for n in range(10)))
print(tuple(n for n in range(4)), set(n % 3 for n in range(10)), dict((n, n * n) for n in range(3)))


class Scope:
    values = [1, 2, 3]
    doubled = list(v * 2 for v in values)
    try:
        bad = list(v for v in range(2) if v in values)
    except NameError as exc:
        error = str(exc)


print(Scope.doubled, Scope.error)
g3 = (y for y in range(3))
print(next(g3), list(g3), next(g3, "empty"))
try:
    (1 / 0 for _ in range(1))
    print("division not evaluated until iteration")
    list(1 / 0 for _ in range(1))
except ZeroDivisionError:
    print("raised when consumed")
try:
    (x for x in 5)
except TypeError as exc:
    print("first iterable evaluated eagerly:", exc)
