"""Digits of pi and e with big-integer arithmetic: a spigot and Machin's formula."""


def pi_spigot(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, digits))


def arctan_inv(x, unity):
    total = term = unity // x
    n, sign, x2 = 3, -1, x * x
    while term:
        term //= x2
        total += sign * (term // n)
        sign, n = -sign, n + 2
    return total


def pi_machin(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)


def e_digits(digits):
    unity = 10 ** (digits + 10)
    total, term, n = 0, unity, 0
    while term:
        total += term
        n += 1
        term //= n
    return str(total // 10 ** 10)


a = pi_spigot(120)
b = pi_machin(400)
print(a)
print(b[:120] == a, b[-20:], len(b))
print(e_digits(150))
print(sum(int(d) for d in b), b.count("9"))
