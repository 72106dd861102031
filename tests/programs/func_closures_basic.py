"""Closures: counters, shared cells, late binding, closures over loop variables and parameters."""


def make_counter(start=0, step=1):
    value = start

    def tick():
        nonlocal value
        value += step
        return value
    return tick


c1, c2 = make_counter(), make_counter(100, 10)
print(c1(), c1(), c2(), c1(), c2())


def make_pair():
    shared = []

    def push(x):
        shared.append(x)

    def peek():
        return list(shared)
    return push, peek


push, peek = make_pair()
push(1)
push(2)
print(peek())

adders = []
for n in range(3):
    adders.append(lambda x: x + n)
print([a(10) for a in adders])


def make_adders():
    result = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        result.append(add)
    return result


print([a(10) for a in make_adders()])


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))


def curry(fn, arity):
    def step(args):
        if len(args) == arity:
            return fn(*args)
        return lambda x: step(args + (x,))
    return step(())


print(curry(lambda a, b, c: a * 100 + b * 10 + c, 3)(1)(2)(3))


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner
    x = "rebound before call"
    return middle()


print(outer()())


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))
