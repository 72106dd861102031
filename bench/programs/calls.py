"""Call-heavy recursion: naive fibonacci, ackermann, mutual recursion, tak, and calls with
keyword/default arguments and methods.

Written for pvm's benchmark suite. Exercises the function-call path above all.
Usage: calls.py [SIZE]  (SIZE = fibonacci argument; the other parts scale with it)
"""
import sys

DEFAULT_SIZE = 32
QUICK_SIZE = 18


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def with_kwargs(a, b=2, *, c=3):
    return a + b + c


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n


def main(size):
    f = fib(size)
    ack = ackermann(2, size * 8)
    t = tak(18, 12, 6)
    parity = sum(is_even(i) for i in range(size * 20))
    total = 0
    for i in range(size * 2000):
        total += with_kwargs(i, c=i & 7)
    counter = Counter()
    for i in range(size * 2000):
        counter.bump(i & 3)
    print("calls", size, f, ack, t, parity, total, counter.n)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
