"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
by power iteration on A^T A.

Written for pvm's benchmark suite. Exercises function calls, float division and
comprehensions over ranges. Usage: spectral_norm.py [SIZE]  (SIZE = vector length)
"""
import sys

DEFAULT_SIZE = 250
QUICK_SIZE = 40


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(v, n):
    return [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main(size):
    u = [1.0] * size
    for _ in range(10):
        v = mul_atav(u, size)
        u = mul_atav(v, size)
    vbv = sum(x * y for x, y in zip(u, v))
    vv = sum(x * x for x in v)
    print("spectral_norm", size, f"{(vbv / vv) ** 0.5:.9f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
