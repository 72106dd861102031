"""Fannkuch-redux: count pancake flips over all permutations of 1..n, with a checksum.

Written for pvm's benchmark suite. Exercises list slicing, indexing and integer loops.
Usage: fannkuch.py [SIZE]  (SIZE = n, the permutation length)
"""
import sys

DEFAULT_SIZE = 9
QUICK_SIZE = 7


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        first = perm[0]
        while first:
            perm[:first + 1] = perm[first::-1]
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign == 1 else -flips
        sign = -sign
        # next permutation in the order fannkuch uses: rotate prefixes
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main(size):
    checksum, flips = fannkuch(size)
    print("fannkuch", size, checksum, flips)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
