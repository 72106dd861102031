"""yield from: return values, delegation of send/throw/close, from iterables and generators."""


def inner():
    received = yield "inner start"
    print("  inner received", received)
    try:
        yield "inner second"
    except KeyError as exc:
        print("  inner handled", repr(exc))
        yield "inner after throw"
    return "inner result"


def outer():
    result = yield from inner()
    print("  outer got", repr(result))
    yield "outer done"
    return "outer result"


g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("final", stop.value)


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))


def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from {"k": 1}
    yield from (x * 10 for x in range(2))


print(list(from_iterables()))


def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally on close")


def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("  outer finally on close")


co = closing_outer()
next(co)
co.close()


def summing():
    total = 0
    while True:
        value = yield
        if value is None:
            return total
        total += value


def collector(results):
    while True:
        total = yield from summing()
        results.append(total)


results = []
c = collector(results)
next(c)
for batch in [[1, 2, 3], [10, 20]]:
    for v in batch:
        c.send(v)
    c.send(None)
print(results)


def depth(n):
    if n == 0:
        return 0
    got = yield from depth(n - 1)
    yield n
    return got + n


d = depth(5)
print(list(d))


def returns_only():
    return "value without yielding"
    yield


def uses_return():
    x = yield from returns_only()
    yield x


print(list(uses_return()))


def throw_unhandled_inner():
    yield 1


def throw_outer():
    try:
        yield from throw_unhandled_inner()
    except ValueError as exc:
        yield f"outer caught {exc}"


to = throw_outer()
next(to)
print(to.throw(ValueError("passed down and back")))
