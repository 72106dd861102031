"""Comprehension scoping: private loop variables, walrus binding outward, class bodies, lambdas."""
x = "module x"
squares = [x * x for x in range(4)]
print(squares, x)

total = 0
values = [total := total + v for v in range(5)]
print(values, total)

print([y := 10, y ** 2])
found = any((hit := n) > 3 for n in range(10))
print(found, hit)


def in_function():
    result = [(last := n) for n in "abc"]
    return result, last


print(in_function())


def outer_var_visible():
    factor = 3
    return [n * factor for n in range(3)]


print(outer_var_visible())


class C:
    base = 10
    first = [i for i in range(base) if i > 6]
    try:
        inner = [base + i for i in range(3)]
    except NameError as exc:
        inner = f"NameError: {exc}"
    try:
        lam = [(lambda: base)() for _ in range(1)]
    except NameError as exc:
        lam = f"NameError: {exc}"


print(C.first, C.inner, C.lam)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
nested = [[(i, j) for j in range(i)] for i in range(3)]
print(nested)
print([i for i in range(3) if (j := i * 2) > 1], j)
data = {"a": [1, 2], "b": [3]}
print({k: [v * 10 for v in vs] for k, vs in data.items()})
gen_var = [n for n in range(3)]
try:
    n
except NameError as exc:
    print("NameError:", exc)


def shadowing_param(n):
    return [n for n in range(n)], n


print(shadowing_param(4))
print([a for a in (1, 2) for a in (a * 10, a * 100)])
i = "outer i"
print([i for i in range(2)], [[i for i in "ab"] for _ in range(1)], i)
