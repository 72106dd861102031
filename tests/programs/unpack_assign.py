"""Unpacking assignment: tuples, lists, starred targets, nesting, errors and their messages."""
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = range(5)
*init, last = "hello"
head, *mid, tail = [1, 2]
print(first, rest, init, last, head, mid, tail)
[x, [y, *z]] = (1, (2, 3, 4))
print(x, y, z)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
s1, s2, s3 = "abc"
print(s1 + s3)
p = q = r = []
p.append(1)
print(q, r is p)
i, (j, k), *l = 1, "jk", 2, 3
print(i, j, k, l)
obj = type("O", (), {})()
lst = [0, 0, 0]
obj.attr, lst[1], lst[2:] = "set", "middle", ["x", "y"]
print(obj.attr, lst)
n = 0
n, lst[n] = 2, "which index?"
print(lst)

for bad in ["a, b = 1, 2, 3", "a, b, c = [1, 2]", "a, *b, c = [1]", "a, b = 5",
            "(a, b), c = [1, 2]", "a, b = {'only': 1}"]:
    try:
        exec(bad, {})
    except (ValueError, TypeError) as exc:
        print(f"{bad:24} -> {type(exc).__name__}: {exc}")


def gen():
    yield 1
    yield 2
    yield 3


g1, *g_rest = gen()
print(g1, g_rest)


class Two:
    def __iter__(self):
        print("  __iter__ called")
        return iter(["left", "right"])


left, right = Two()
print(left, right)
*everything, = range(3)
print(everything)
(only,) = [42]
[single] = "z"
print(only, single)
x = y = [1]
x, y[0] = y, 99
print(x, y)
