from dataclasses import dataclass, field, asdict

@dataclass
class LineItem:
    sku: str
    quantity: int
    unit_price: float

    @property
    def total(self) -> float:
        return self.quantity * self.unit_price

@dataclass
class Order:
    order_id: int
    customer: str
    items: list = field(default_factory=list)
    status: str = "open"

    def total(self):
        return round(sum(i.total for i in self.items), 2)

orders = [
    Order(1001, "acme", [LineItem("A-1", 3, 9.99), LineItem("B-2", 1, 120.0)]),
    Order(1002, "globex", [LineItem("A-1", 10, 9.5)], status="shipped"),
    Order(1003, "acme", [LineItem("C-3", 2, 45.25), LineItem("A-1", 1, 9.99)]),
    Order(1004, "initech"),
]
for o in sorted(orders, key=lambda o: o.total(), reverse=True):
    print(f"{o.order_id} {o.customer:<8} {o.status:<8} {o.total():>8.2f} items={len(o.items)}")

by_customer = {}
for o in orders:
    by_customer[o.customer] = by_customer.get(o.customer, 0) + o.total()
print(by_customer)
print(orders[3])
print(asdict(orders[1]))
print(orders[0] == Order(1001, "acme", [LineItem("A-1", 3, 9.99), LineItem("B-2", 1, 120.0)]))
