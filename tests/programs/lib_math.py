"""math integer functions and exact results: gcd, lcm, isqrt, comb, perm, factorial, prod."""
import math

print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(12, 18, 30), math.lcm(4, 6, 10), math.lcm())
print(math.isqrt(99), math.isqrt(10 ** 30), math.comb(52, 5), math.perm(10, 3), math.perm(5))
print(math.factorial(25), math.prod(range(1, 11)), math.prod([]), math.prod([2, 3], start=10))
print(math.floor(7 / 2), math.ceil(7 / 2), math.floor(-0.5), math.ceil(-0.5), math.trunc(9.99))
print(math.fabs(-3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.copysign(5, -0.0))
print(math.inf > 10 ** 308, math.nan != math.nan, math.isclose(math.sqrt(2) ** 2, 2), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.exp2(10) if hasattr(math, "exp2") else 1024.0, math.expm1(1e-10), math.log1p(1e-10))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.isqrt(-1),
            lambda: math.comb(3, -1), lambda: math.gcd(1.5, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)
total = 0
for k in range(1, 50):
    total += math.comb(49, k) * (-1) ** k
print(total)
print(sum(1 for n in range(2, 200) if all(n % p for p in range(2, math.isqrt(n) + 1))))
