from dataclasses import dataclass, field
from collections import defaultdict

@dataclass
class Product:
    sku: str
    category: str
    price: float
    stock: int = 0
    tags: list = field(default_factory=list)

    @property
    def value(self):
        return self.price * self.stock

catalog = [
    Product("KB-01", "peripherals", 49.99, 12, ["usb"]),
    Product("MS-02", "peripherals", 19.5, 40),
    Product("MN-27", "displays", 289.0, 3, ["4k", "ips"]),
    Product("MN-24", "displays", 159.0, 0),
    Product("CB-HD", "cables", 7.25, 150, ["hdmi"]),
]
totals = defaultdict(float)
counts = defaultdict(int)
for p in catalog:
    totals[p.category] += p.value
    counts[p.category] += 1
for cat in sorted(totals, key=totals.get, reverse=True):
    print(f"{cat:<12} products={counts[cat]} value=${totals[cat]:,.2f}")
out_of_stock = [p.sku for p in catalog if not p.stock]
print("out of stock:", out_of_stock)
cheapest = min(catalog, key=lambda p: p.price)
print(cheapest)
