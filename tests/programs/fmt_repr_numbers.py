"""repr and str of numbers: shortest float repr, rounding, special values, int/float conversions."""
floats = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1.5e-7,
          5e-324, 1.7976931348623157e308, -0.0, 100.0, 2.5, 1e22, 1e21, 0.30000000000000004]
for f in floats:
    print(repr(f), str(f), f.hex(), float.fromhex(f.hex()) == f)
print([round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675]])
print([round(x, 2) for x in [2.675, 1.005, 0.125, 0.375]], round(1234.5678, -2), round(15, -1))
print(round(25, -1), round(35, -1), round(-25, -1), type(round(2.5)).__name__, type(round(2.5, 0)))
print(float("  1.5 "), float("1_000.5"), float("-inf"), float("nan"), float("1e-400"), float("1e400"))
print(int(3.99), int(-3.99), int("0x1f", 16), int("0b101", 0), int("  42  "), int("1_000"))
print(int("z", 36), int("-0o17", 0), (2.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((10.0).is_integer(), (10.5).is_integer(), float(2 ** 53 + 1), 2 ** 53 + 1.0 == 2 ** 53)
print(1e300 * 1e10, -1e300 * 1e10, (1e300 * 1e10) - (1e300 * 1e10))
print(0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, sum([0.1] * 10), 1.1 + 2.2)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // 2, -7.5 % 2, 5 % -3, -5 % 3, 5.0 % -3)
print(float.__repr__(1.0), str(1e-4), str(1e-5), str(123e5), 1e5, 1.0e+16)
print(3 * 1.1, 1.1 * 1.1, 4.35 * 100, 0.57 * 100, 1.15 * 100)
print(2 ** 0.5, 10 ** -2, (-8) ** (1 / 3), 0 ** 0, 0.0 ** 0)
