"""f-strings: conversions !r !s !a, format specs, nested replacement fields in specs, escapes."""
name = "Zoë"
value = 3.14159265
items = ["a", "b"]
print(f"{name}|{name!r}|{name!s}|{name!a}")
print(f"{value:.2f}|{value:10.3f}|{value:<10.1f}|{value:e}|{value:%}")
print(f"{42:05d}|{42:x}|{42:#o}|{42:b}|{255:#X}|{1234567:,}|{1234567:_}")
width, precision = 12, 3
print(f"[{value:{width}.{precision}f}]", f"[{name:>{width}}]", f"[{name:*^{width}}]")
print(f"{'nested quotes'}", f'{"double in single"}', f"{items[0]}{items[-1]}")
print(f"{{literal braces}} {{{name}}}")
print(f"{1 + 2 * 3}", f"{[x * 2 for x in range(3)]}", f"{ {'k': 1}['k'] }", f"{(lambda: 'lam')()}")
print(f"{name.upper()} {len(items)} {items!r:>15}")
d = {"key": "value"}
print(f"{d['key']}", f"{d!r}")
print(f"""triple {
    value:.1f} quoted
""")
print(f"{'a' 'b'}", f"{value!r:>20}", f"{3 if True else 4}")
print(f"{-5:+d} {5:+d} {5: d} {-0.0:+.1f} {1e100:.3g} {float('inf'):f} {float('nan'):>5}")
print(f"{123.456:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-1.5:.0f}")
print(rf"raw \n {name}", fr"{name}\t", Rf"\d{1 + 1}")
print(f"{'':>3}|{'':*<3}|{'x':^4}|")
x = 10
print(f"{x!r:^8}|{x:^8}|{str(x):^8}|")
print(f"{'multi'}" f"{'ple'}" "plain" f"{'!'}")
print(f"{b'bytes'!r}", f"{None}", f"{True:d}", f"{3:>{x}}")
print(f"{x:{'>' if x > 5 else '<'}5}|")
print(f"{'tab':\t>6}" if False else "skip")
