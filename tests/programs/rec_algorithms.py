"""Recursive algorithms: memoised fib, ackermann, hanoi, permutations, flood fill, quicksort."""
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])


def flood(grid, r, c, target, repl):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != target:
        return 0
    grid[r][c] = repl
    return 1 + sum(flood(grid, r + dr, c + dc, target, repl)
                   for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))


def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(fib(200), [ackermann(2, n) for n in range(5)], ackermann(3, 3))
print(len(hanoi(12, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
print(len(permutations(list(range(6)))), permutations([1, 2, 3]))
print(quicksort([5, 3, 9, 1, 5, 0, -2, 8]))
grid = [list(row) for row in ["..#..", ".##..", "...#.", "###.."]]
print(flood(grid, 0, 0, ".", "o"), ["".join(r) for r in grid])
print(len(power_set("abcde")), power_set("ab"), gcd(1071, 462))


def tree_depth(t):
    return 0 if t is None else 1 + max(tree_depth(t[0]), tree_depth(t[1]))


tree = None
for i in range(300):
    tree = (tree, None) if i % 2 else (None, tree)
print(tree_depth(tree))
