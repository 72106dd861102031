def f(a, /, b, c=1, *args, d, e=2, **kw) -> int:
    "A docstring."
    total = a + b + c
    return total


def outer(n):
    count = 0

    def inner(step=1):
        nonlocal count
        count += step
        return count
    return inner


def gen(items):
    for item in items:
        got = yield item
        if got:
            yield from got
    return len(items)


square = lambda v: v * v
print(f(1, 2, d=3), outer(1)(), list(gen([1])), square(3))
