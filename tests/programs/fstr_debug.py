"""f-string `=` specifier: with whitespace, conversions, format specs and expressions."""
x = 42
name = "pvm"
values = [1, 2, 3]
print(f"{x=}")
print(f"{x = }")
print(f"{x =}")
print(f"{ x = }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=!a}")
print(f"{x=:08.3f}")
print(f"{x = :>6}")
print(f"{x*2=}")
print(f"{values[1:]=}")
print(f"{len(values)=} {sum(values) = }")
print(f"{name.upper()=!r:>10}")
print(f"{3.0/7=:.3}")
print(f"{'s'=}")
print(f"{x=}{x=}")
print(f"{ x + 1 =   }")


class P:
    def __repr__(self):
        return "P-repr"

    def __str__(self):
        return "P-str"

    def __format__(self, spec):
        return f"P-format[{spec}]"


p = P()
print(f"{p=}", f"{p=!s}", f"{p=:spec}", f"{p}", f"{p!r}")
