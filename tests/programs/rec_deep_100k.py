"""Deep recursion: after sys.setrecursionlimit(200_000), recursion 100,000 deep works."""
import sys

sys.setrecursionlimit(200_000)
print(sys.getrecursionlimit())


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(100_000))


def build(n):
    return None if n == 0 else (n, build(n - 1))


chain = build(50_000)
count = 0
while chain is not None:
    count += 1
    chain = chain[1]
print(count)


def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)


def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)


print(mutual_even(90_001), mutual_odd(90_001))


class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    def length(self):
        return 1 if self.nxt is None else 1 + self.nxt.length()


head = None
for _ in range(60_000):
    head = Node(head)
print(head.length())
