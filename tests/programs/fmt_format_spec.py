"""The format mini-language through format(): fill, align, sign, #, 0, width, grouping, types."""
cases = [
    (42, ""), (42, "10"), (42, "<10"), (42, "^10"), (42, ">10"), (42, "=+10"), (-42, "010"),
    (42, "*^9"), (42, "b"), (42, "#b"), (42, "o"), (42, "#o"), (42, "x"), (42, "#X"),
    (42, "c"), (42, "n"), (42, "e"), (42, "%"), (1234567, ","), (1234567, "_"), (0xABCDEF, "_x"),
    (-1234.5678, ",.2f"), (1234.5678, "+.3e"), (1234.5678, "g"), (0.00001234, "g"),
    (123456789.0, "g"), (1e16, "g"), (1.5, ".0f"), (2.5, ".0f"), (0.125, ".2f"), (0.375, ".2f"),
    (3.0, ""), (3.0, "g"), (3.0, ".3g"), (3.0, "#.3g"), (float("inf"), "+"), (float("nan"), "^7"),
    (-0.0, ""), (-0.0, "+.2f"), (-0.0, "z.1f"), (1 / 3, ".15"), (1 / 3, ".20f"), (1e-7, ""),
    (1e22, ""), (123.0, ".2%"), (2 ** 64, ","), (-7, "b"), (True, ""), (True, "d"),
    ("text", ""), ("text", "10"), ("text", ">10"), ("text", "^10.2"), ("text", ".1"),
    (3 + 4j, ""), (3 + 4j, ".2f"), (3 - 4j, "^20"), (1.5e300 * 1e10, ""),
]
for value, spec in cases:
    try:
        print(f"{value!r:>22} {spec!r:>9} -> [{format(value, spec)}]")
    except ValueError as exc:
        print(f"{value!r:>22} {spec!r:>9} -> ValueError: {exc}")
for value, spec in [("s", "d"), (1.5, "d"), (42, "s"), (42, ".2s"), (1, ",b"), ("x", "=5")]:
    try:
        format(value, spec)
    except ValueError as exc:
        print(f"{value!r} {spec!r} ValueError: {exc}")
