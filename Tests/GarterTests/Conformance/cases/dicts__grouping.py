orders = [
    {"id": 1, "customer": "acme", "amount": 250.0, "status": "paid"},
    {"id": 2, "customer": "globex", "amount": 99.5, "status": "pending"},
    {"id": 3, "customer": "acme", "amount": 30.25, "status": "paid"},
    {"id": 4, "customer": "initech", "amount": 500.0, "status": "refunded"},
    {"id": 5, "customer": "globex", "amount": 12.0, "status": "paid"},
]
by_customer = {}
for o in orders:
    by_customer.setdefault(o["customer"], []).append(o["id"])
print(by_customer)
totals = {}
for o in orders:
    if o["status"] == "paid":
        totals[o["customer"]] = totals.get(o["customer"], 0) + o["amount"]
print(totals)
status_counts = {}
for o in orders:
    status_counts[o["status"]] = status_counts.get(o["status"], 0) + 1
for s, c in sorted(status_counts.items()):
    print(f"{s:<10}{c}")
