"""float arithmetic: inf and nan behaviour, division errors, math functions, exactness."""
import math

inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, nan == nan, nan != nan, nan is nan)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0), nan in [nan], min(1.0, nan), max(nan, 1.0))
print(sorted([3.0, 1.0, 2.0]), 1.0 / 3, 2 / 3, 10 / 4, 10 // 4.0, -10 // 4.0, 10 % -3.0)
for expr in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "math.sqrt(-1)", "math.log(-1)", "0.0 ** -1",
             "math.fmod(1, 0)", "10.0 ** 400"]:
    try:
        print(expr, "=", eval(expr))
    except (ZeroDivisionError, ValueError, OverflowError) as exc:
        print(expr, "->", type(exc).__name__, exc)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), math.floor(2.0))
print(math.pi, math.e, math.tau, math.sqrt(2), math.hypot(3, 4), math.copysign(1, -0.0))
print(math.sin(0), math.cos(math.pi), round(math.sin(math.pi / 6), 12), math.atan2(1, 1))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2), math.exp(0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2, 4]), math.dist((0, 0), (3, 4)))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0001, rel_tol=1e-3), math.ulp(1.0))
print(math.nextafter(1.0, 2.0), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25))
print(float.fromhex("0x1.8p1"), (3.5).hex(), 1.5.as_integer_ratio(), (0.1).__round__(5))
print(1e308 * 10, -1e308 * 10, 5e-324 / 2, 2.0 ** 0.5 * 2.0 ** 0.5, 1 - 0.9)
print(int(2.9999999999999999), 0.1 + 0.7, 3 * 0.1, 1 / 10, float(10 ** 16) + 1)
print(math.degrees(math.pi), math.radians(180), math.gamma(5), math.lgamma(10), math.erf(0))
print(abs(-0.0), -0.0 == 0.0, math.copysign(0.0, -1), str(-0.0), 0.0 * -1)
print(divmod(5.5, 1.5), 5.5 % 1.5, pow(2.0, 3), pow(4, 0.5), (-8.0) ** 2, 2 ** -2)
