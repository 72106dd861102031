"""N-queens: count all solutions by backtracking with sets, and list the first few by a
generator-based search.

Written for pvm's benchmark suite. Exercises recursion, set operations and generators.
Usage: nqueens.py [SIZE]  (SIZE = board size)
"""
import sys

DEFAULT_SIZE = 10
QUICK_SIZE = 6


def count_solutions(n):
    def place(row, cols, diag1, diag2):
        if row == n:
            return 1
        total = 0
        for col in range(n):
            if col in cols or (row + col) in diag1 or (row - col) in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            total += place(row + 1, cols, diag1, diag2)
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)
        return total
    return place(0, set(), set(), set())


def solutions(n, queens=()):
    row = len(queens)
    if row == n:
        yield queens
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(queens)):
            yield from solutions(n, queens + (col,))


def main(size):
    total = count_solutions(size)
    gen_total = sum(1 for _ in solutions(size))
    first = next(solutions(size))
    print("nqueens", size, total, gen_total, first)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
