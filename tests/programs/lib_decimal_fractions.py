"""decimal and fractions: exact arithmetic, contexts, rounding modes, quantize, conversions."""
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
from fractions import Fraction

print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal(10) / Decimal(3))
getcontext().prec = 50
print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
getcontext().prec = 28
price = Decimal("19.995")
print(price.quantize(Decimal("0.01")), price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
      price.quantize(Decimal("1."), rounding=ROUND_DOWN))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), +Decimal("3.14159265"))
print(Decimal("-0"), Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(),
      Decimal("Infinity"), Decimal("NaN").is_nan(), Decimal("1.50").as_tuple())
print(Decimal("3.7") // 2, Decimal("-3.7") // 2, Decimal("-7") % 3, round(Decimal("2.5")), round(Decimal("2.675"), 2))
print(sum([Decimal("0.1")] * 10), Decimal("1.23e-5"), str(Decimal("123.4500")), float(Decimal("1.5")))
try:
    Decimal("abc")
except InvalidOperation as exc:
    print("InvalidOperation:", type(exc).__name__)
try:
    Decimal(1) / Decimal(0)
except Exception as exc:
    print(type(exc).__name__)
f = Fraction(3, 4)
g = Fraction("1/6")
print(f + g, f * g, f / g, f - 1, f ** 2, -f, abs(Fraction(-1, 3)), f > g)
print(Fraction(0.5), Fraction("0.125"), Fraction(Decimal("1.1")), Fraction(10, -4), Fraction(6, 4).numerator)
print(Fraction(3.141592653589793).limit_denominator(1000), Fraction(1, 3) + 1 / 3, float(Fraction(1, 8)))
print(sum(Fraction(1, n) for n in range(1, 11)), round(Fraction(7, 2)), round(Fraction(5, 2)), int(Fraction(-7, 2)))
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), repr(Fraction(2, 6)))
try:
    Fraction(1, 0)
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
print(Decimal(7).compare(Decimal(5)), Decimal("2").max(Decimal("3")), Decimal("5.00").adjusted())
