orders = [
    {"id": "o1", "customer": "alice", "items": [("book", 2, 12.5), ("pen", 10, 0.99)], "status": "shipped"},
    {"id": "o2", "customer": "bob", "items": [("laptop", 1, 899.0)], "status": "pending"},
    {"id": "o3", "customer": "alice", "items": [("mug", 4, 6.0), ("book", 1, 12.5)], "status": "delivered"},
    {"id": "o4", "customer": "carol", "items": [], "status": "cancelled"},
    {"id": "o5", "customer": "bob", "items": [("mouse", 2, 19.99), ("pad", 1, 9.5)], "status": "shipped"},
    {"id": "o6", "customer": "dave", "items": [("pen", 100, 0.89)], "status": "delivered"},
]

def order_total(order):
    return round(sum(q * p for _, q, p in order["items"]), 2)

summary = {}
for o in orders:
    if o["status"] == "cancelled":
        continue
    s = summary.setdefault(o["customer"], {"orders": 0, "spent": 0.0, "units": 0})
    s["orders"] += 1
    s["spent"] += order_total(o)
    s["units"] += sum(q for _, q, _ in o["items"])

print("Per-customer summary")
for cust, s in sorted(summary.items(), key=lambda kv: kv[1]["spent"], reverse=True):
    avg = s["spent"] / s["orders"]
    print(f"  {cust:<6} orders={s['orders']} units={s['units']:>3} spent=${s['spent']:>8.2f} avg=${avg:>7.2f}")

product_units = {}
product_revenue = {}
for o in orders:
    for name, q, p in o["items"]:
        product_units[name] = product_units.get(name, 0) + q
        product_revenue[name] = round(product_revenue.get(name, 0) + q * p, 2)
print("\nTop products by revenue:")
for name, rev in sorted(product_revenue.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
    print(f"  {name:<7} ${rev:>8.2f} ({product_units[name]} units)")

status_counts = {}
for o in orders:
    status_counts[o["status"]] = status_counts.get(o["status"], 0) + 1
print("\nStatus breakdown:", ", ".join(f"{k}={v}" for k, v in sorted(status_counts.items())))
grand = sum(order_total(o) for o in orders)
print(f"Grand total: ${grand:,.2f} across {len(orders)} orders")
biggest = max(orders, key=order_total)
print(f"Largest order: {biggest['id']} by {biggest['customer']} (${order_total(biggest):.2f})")
