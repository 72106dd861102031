"""Nested f-strings, format() and str.format with nested fields, dynamic specs, quotes."""
w = 8
rows = [("apple", 1.5), ("kiwi", 12.25), ("banana", 0.333)]
for name, price in rows:
    print(f"{name:<{w}}|{price:>{w}.2f}|{f'{price * 100:.0f}c':>{w - 2}}")
inner = "x"
print(f"{f'{inner * 3}':>6}")
print(f"{'|'.join(f'{n:02}' for n in range(4))}")
spec = ">10"
print(f"{'right':{spec}}", format("right", spec), "{:{}}".format("right", spec))
print("{0}{1}{0}".format("ab", "cd"), "{name}-{0}".format(1, name="n"))
print("{0[1]} {0[k]}".format({1: "one", "k": "kay"}), "{.real}".format(3 + 4j))
print("{:^{w}.{p}}".format("abcdefgh", w=10, p=3), "{!r:>8}".format("q"))
print("{:{fill}{align}{width}}".format(7, fill="0", align=">", width=4))
data = {"user": {"name": "ann", "tags": ["a", "b"]}}
print(f"{data['user']['name']}: {', '.join(data['user']['tags'])}")
print(f"{'{'}{'}'}", "{{}}".format(), f"{'{}'.format(1)}")
table = [[1, 22, 333], [4444, 5, 66]]
widths = [max(len(str(r[i])) for r in table) for i in range(3)]
for r in table:
    print(" ".join(f"{v:>{wd}}" for v, wd in zip(r, widths)))
print(f"{3:{'0'}{'>'}{5}}", f"{12.5:{'.'}^{9}.{2}f}")
total = sum(p for _, p in rows)
print(f"Total: {total:.{len(rows)}f} over {len(rows)} item{'s' if len(rows) != 1 else ''}")
