"""Iterating sys.stdin line by line and with readline(); parsing CSV-ish records."""
import sys

header = sys.stdin.readline().rstrip("\n").split(",")
print("header:", header)
rows = []
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    rows.append(dict(zip(header, line.split(","))))
print(len(rows))
by_city = {}
for row in rows:
    by_city.setdefault(row["city"], []).append(int(row["age"]))
for city in sorted(by_city):
    ages = by_city[city]
    print(f"{city}: n={len(ages)} mean={sum(ages) / len(ages):.1f}")
print(repr(sys.stdin.readline()))
