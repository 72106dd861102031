"""Closure- and decorator-heavy code: counters, memoising and validating decorators, function
composition, partial application, and callbacks over lists.

Written for pvm's benchmark suite. Exercises cell variables, nonlocal, nested function
creation and wrapped calls. Usage: closures.py [SIZE]  (SIZE = iterations)
"""
import functools
import sys

DEFAULT_SIZE = 700000
QUICK_SIZE = 3000


def counter(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


def logged(log):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            log[0] += 1
            return fn(*args, **kwargs)
        return wrapper
    return decorator


def validated(fn):
    def wrapper(x):
        if x < 0:
            raise ValueError(x)
        return fn(x)
    return wrapper


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed


def adder(n):
    return lambda x: x + n


def main(size):
    calls = [0]

    @logged(calls)
    @validated
    def square(x):
        return x * x

    tick = counter()
    pipeline = compose(adder(1), lambda x: x * 3, adder(-2))
    total = 0
    for i in range(size):
        total += square(i % 100) + pipeline(i) + tick(2)
    made = [adder(i) for i in range(size // 10)]
    applied = sum(f(1) for f in made)
    cache = {}

    def memo(n):
        if n not in cache:
            cache[n] = n if n < 2 else memo(n - 1) + memo(n - 2)
        return cache[n]

    big = memo(300) % 1000007
    ops = [functools.partial(pow, 2), functools.partial(min, 50)]
    mapped = sum(op(i % 20) for i in range(size // 4) for op in ops)
    print("closures", size, total, calls[0], applied, big, mapped)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
