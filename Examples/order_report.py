# An agent-style data script: summarise a day of orders the way a model would in a
# code-execution tool, and print a report for the user.

orders = [
    {"id": "A-1001", "customer": "acme", "items": [("widget", 3, 4.99), ("gizmo", 1, 19.5)], "status": "shipped"},
    {"id": "A-1002", "customer": "globex", "items": [("widget", 10, 4.99)], "status": "pending"},
    {"id": "A-1003", "customer": "acme", "items": [("doohickey", 2, 7.25), ("widget", 1, 4.99)], "status": "shipped"},
    {"id": "A-1004", "customer": "initech", "items": [], "status": "cancelled"},
    {"id": "A-1005", "customer": "globex", "items": [("gizmo", 4, 19.5), ("doohickey", 1, 7.25)], "status": "shipped"},
]


def order_total(order):
    return sum(qty * price for _, qty, price in order["items"])


class Summary:
    def __init__(self):
        self.revenue = 0.0
        self.by_customer = {}
        self.units = {}
        self.problems = []

    def add(self, order):
        if not order["items"]:
            self.problems.append(f"{order['id']}: empty order ({order['status']})")
            return
        total = order_total(order)
        if order["status"] == "shipped":
            self.revenue += total
        self.by_customer.setdefault(order["customer"], []).append(total)
        for name, qty, _ in order["items"]:
            self.units[name] = self.units.get(name, 0) + qty


summary = Summary()
for order in orders:
    summary.add(order)

print(f"Shipped revenue: ${summary.revenue:,.2f}")
print()
print(f"{'customer':<10} {'orders':>6} {'total':>10} {'average':>9}")
print("-" * 38)
ranked = sorted(summary.by_customer.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
for customer, totals in ranked:
    print(f"{customer:<10} {len(totals):>6} {sum(totals):>10.2f} {sum(totals) / len(totals):>9.2f}")
print()
best = max(summary.units, key=summary.units.get)
print("Units sold:", ", ".join(f"{k}={v}" for k, v in sorted(summary.units.items())))
print(f"Best seller: {best!r} ({summary.units[best]} units)")
pending = [o["id"] for o in orders if o["status"] == "pending"]
print("Pending:", pending or "none")
for problem in summary.problems:
    print("warning:", problem)
