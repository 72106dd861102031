"""An inventory report: dataclasses, JSON input, grouping, sorting, and a formatted table."""
import json
from collections import defaultdict
from dataclasses import dataclass, field, asdict

DATA = """
[{"sku": "A-100", "name": "Widget", "category": "tools", "qty": 12, "price": 2.50},
 {"sku": "B-200", "name": "Gadget", "category": "tools", "qty": 0, "price": 12.00},
 {"sku": "C-300", "name": "Doohickey", "category": "parts", "qty": 140, "price": 0.15},
 {"sku": "D-400", "name": "Thingamajig", "category": "parts", "qty": 7, "price": 99.99},
 {"sku": "E-500", "name": "Whatsit", "category": "misc", "qty": 3, "price": 5.00, "tags": ["fragile"]}]
"""


@dataclass(order=True)
class Item:
    category: str
    sku: str
    name: str = field(compare=False)
    qty: int = field(compare=False)
    price: float = field(compare=False)
    tags: list = field(default_factory=list, compare=False)

    @property
    def value(self):
        return round(self.qty * self.price, 2)

    @property
    def status(self):
        return "OUT" if self.qty == 0 else "LOW" if self.qty < 10 else "ok"


items = sorted(Item(**row) for row in json.loads(DATA))
by_cat = defaultdict(list)
for it in items:
    by_cat[it.category].append(it)
header = f"{'SKU':<6} {'Name':<12} {'Qty':>5} {'Price':>8} {'Value':>9}  Status"
print(header)
print("-" * len(header))
grand = 0
for cat in sorted(by_cat):
    print(f"[{cat}]")
    for it in by_cat[cat]:
        print(f"{it.sku:<6} {it.name:<12} {it.qty:>5} {it.price:>8.2f} {it.value:>9.2f}  {it.status}")
    subtotal = sum(i.value for i in by_cat[cat])
    grand += subtotal
    print(f"{'':<6} {'subtotal':<12} {'':>5} {'':>8} {subtotal:>9.2f}")
print(f"{'TOTAL':<34}{grand:>9.2f}")
low = [it.sku for it in items if it.status != "ok"]
print("needs reorder:", low)
print(json.dumps([asdict(i) for i in items if i.tags]))
print(max(items, key=lambda i: i.value).name, min(items).sku)
