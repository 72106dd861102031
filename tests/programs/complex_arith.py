"""complex numbers: arithmetic, parts, abs, conjugate, cmath, repr and parsing."""
import cmath

z = 3 + 4j
w = complex(1, -2)
print(z + w, z - w, z * w, z / w, z ** 2, -z, abs(z), z.conjugate(), z.real, z.imag)
print(complex("1+2j"), complex("-3.5j"), complex(" (2-1j) "), complex(2), complex(1.5, 0),
      complex(0, 0), 1j * 1j, (1 + 1j) ** 0.5)
print(repr(complex(-0.0, -0.0)), repr(complex(1e300, 1e-300)), repr(1j), repr(-1j), str(2 + 0j))
print(z == 3 + 4j, z == complex(3, 4), 3 == 3 + 0j, hash(3 + 0j) == hash(3))
try:
    z < w
except TypeError as exc:
    print("TypeError:", exc)
try:
    z // 2
except TypeError as exc:
    print("TypeError:", exc)
try:
    1 / 0j
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.rect(1, 0), cmath.exp(0))
print(abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15, cmath.isclose(cmath.log(-1), cmath.pi * 1j))
print(format(z, ".1f"), f"{w:>12}", f"{z!r}", complex("inf+nanj"), complex(float("inf"), 1))
print(pow(1j, 2), 2 ** 1j, (2 + 3j).__add__(1), sum([1j, 2j, 3]), complex(True, False))
