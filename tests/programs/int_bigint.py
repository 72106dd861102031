"""Big integers: factorials, powers, digit sums, string conversion limits, mixed arithmetic."""
import math
import sys

f200 = math.factorial(200)
print(len(str(f200)), str(f200)[:20], sum(map(int, str(f200))), f200 % 1_000_000_007)
p = 2 ** 1000
print(len(str(p)), sum(int(d) for d in str(p)), p.bit_length(), p >> 990, p & 0xFFFF)
a = 3 ** 400
b = 7 ** 300
print((a * b) % (10 ** 12), (a // b).bit_length(), a % b == a - (a // b) * b, math.gcd(a, b))
print(divmod(-a, 10 ** 50)[1], pow(a, b, 10 ** 9 + 7), (-a) // 10 ** 180)
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 65 + 1), int("9" * 50) + 1 == 10 ** 50)
print(2 ** 100 / 2 ** 90, float(2 ** 1000) > 1e300, 10 ** 20 / 3, 10 ** 30 // 7)
try:
    float(2 ** 1024)
except OverflowError as exc:
    print("OverflowError:", exc)
print(math.isqrt(10 ** 40), math.isqrt(2 * 10 ** 40) ** 2 <= 2 * 10 ** 40, math.comb(100, 50))
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as exc:
    print("ValueError:", exc)
print(len(hex(big)), big.bit_length())
sys.set_int_max_str_digits(6000)
print(len(str(big)), str(big)[:5])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
try:
    int("1" * 5000) if sys.set_int_max_str_digits(4300) is None else None
except ValueError as exc:
    print("ValueError:", exc)
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[-1] % 97, len(str(fib[-1])))
print(-(2 ** 64) >> 3, ~(2 ** 70), (2 ** 70) ^ (2 ** 69), -(2 ** 100) % 7, abs(-(10 ** 30)))
print((2 ** 64).to_bytes(9, "big"), int.from_bytes(b"\x01" + b"\x00" * 10, "big"))
print(hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)), 2 ** 200 == 2.0 ** 200, 2 ** 64 < 2.0 ** 64 + 1)
