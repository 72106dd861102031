"""Lambdas: immediate calls, defaults, conditional bodies, recursion through names and Y."""
square = lambda x: x * x
print(square(7), (lambda: "now")(), (lambda *a, **k: (a, k))(1, b=2))
print(square.__name__, square.__qualname__)

fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))

Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fib = Y(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print([fib(i) for i in range(15)])

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else float("inf"),
}
print({k: f(12, 4) for k, f in ops.items()}, ops["/"](1, 0))

key_fns = [lambda s: s.lower(), lambda s: len(s), lambda s: s[::-1]]
words = ["banana", "Apple", "cherry", "fig"]
for kf in key_fns:
    print(sorted(words, key=kf))

make_multiplier = lambda m: lambda x: x * m
triple = make_multiplier(3)
print(triple(5), make_multiplier("ab")(3))


def hanoi(n, src="A", dst="C", via="B", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(len(hanoi(10)), hanoi(3))

is_even = lambda n: True if n == 0 else is_odd(n - 1)
is_odd = lambda n: False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
