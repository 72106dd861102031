"""Uncaught RecursionError from runaway recursion: status 1, message on the final line."""


def countdown(n):
    return countdown(n - 1)


print("starting")
countdown(10)
