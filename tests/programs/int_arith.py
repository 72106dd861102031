"""int arithmetic: floor division and modulo signs, divmod, pow, shifts, bit operations, bases."""
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b, -(a // -b))
print(2 ** 10, 2 ** -1, (-2) ** 3, pow(2, 10, 1000), pow(3, -1, 7), pow(-3, 3, 5), 0 ** 0)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 100, 5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xFF)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (255).bit_count(),
      (10).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag)
print(int("ff", 16), int("777", 8), int("101", 2), int("zz", 36), int("0o777", 0), int("-0x10", 0))
print(bin(10), oct(10), hex(255), hex(-255), format(255, "b"), f"{255:o}")
print(abs(-5), -(-5), +5, 10 // 3 * 3 + 10 % 3, int(True) + 1, 3 * True)
print(max(1, 2, 3), min([4, 5]), sum(range(101)), round(7, -1), round(-15, -1))
print(7 .__add__(1), (5).__rsub__(1), int.__mul__(3, 4), (10).__truediv__(4), (10).__floordiv__(4))
print(10 == 10.0, 2 ** 31, 2 ** 63 - 1, -2 ** 63)
print(int(-0.9), int(0.9), int(1e18), int("  -12  "), int(b"42"), int(bytearray(b"7")))
try:
    int("12", 1)
except ValueError as exc:
    print("ValueError:", exc)
try:
    pow(2, -1, 4)
except ValueError as exc:
    print("ValueError:", exc)
try:
    1 << -1
except ValueError as exc:
    print("ValueError:", exc)
print(divmod(-0, 5), 7 % 1, -7 % 1, 3 // 5, -3 // 5, (-3) % 5, 3 % -5)
print(hash(7), (7).__hash__() == hash(7), isinstance(True, int), type(1 // 1), type(1 / 1))
print(sorted([3, -1, 2], key=abs), sorted([3, -1, 2], reverse=True), int.from_bytes(b"\xff", "big"))
print(6 .as_integer_ratio(), (1_000_000).__str__(), int.__name__, (12).__format__("04"))
