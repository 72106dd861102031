"""Hitting the recursion limit raises RecursionError, which can be caught; the program goes on."""
import sys

print(sys.getrecursionlimit())


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as exc:
    print("RecursionError:", exc)
    print(isinstance(exc, RuntimeError))

deepest = 0


def probe(n):
    global deepest
    deepest = n
    probe(n + 1)


try:
    probe(1)
except RecursionError:
    print("probe stopped between 900 and 1000:", 900 < deepest <= 1000)

sys.setrecursionlimit(150)
try:
    probe(1)
except RecursionError:
    print("with limit 150 stopped below 150:", 100 < deepest < 150)
sys.setrecursionlimit(1000)


class Loop:
    def __repr__(self):
        return repr(self)


try:
    repr(Loop())
except RecursionError as exc:
    print("RecursionError in __repr__:", type(exc).__name__)


def recover():
    try:
        forever(0)
    except RecursionError:
        return "recovered inside a function"


print(recover())
print(sum(range(10)), "still working after recursion errors")


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(len(str(fact(900))))
try:
    sys.setrecursionlimit(0)
except ValueError as exc:
    print("ValueError:", exc)
