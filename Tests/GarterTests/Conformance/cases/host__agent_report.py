# --- host functions ---
import asyncio

ORDERS = {
    1: [{"sku": "A1", "qty": 2, "price": 9.99}, {"sku": "B2", "qty": 1, "price": 24.5}],
    2: [{"sku": "C3", "qty": 5, "price": 1.25}],
    3: [],
}

def list_customers():
    return [{"id": 1, "name": "Ada"}, {"id": 2, "name": "Grace"}, {"id": 3, "name": "Linus"}, {"id": 4, "name": "Ghost"}]

async def get_orders(customer_id):
    await asyncio.sleep(0)
    if customer_id not in ORDERS:
        raise LookupError(f"no orders for customer {customer_id}")
    return ORDERS[customer_id]

def send_email(to, subject, body):
    return {"status": "queued", "to": to, "chars": len(body)}
# --- program ---
import asyncio
from collections import Counter

async def main():
    customers = list_customers()
    results = await asyncio.gather(*(get_orders(c["id"]) for c in customers), return_exceptions=True)
    report = []
    skus = Counter()
    for customer, orders in zip(customers, results):
        if isinstance(orders, Exception):
            report.append(f"{customer['name']}: error ({orders})")
            continue
        total = sum(o["qty"] * o["price"] for o in orders)
        skus.update(o["sku"] for o in orders for _ in range(o["qty"]))
        report.append(f"{customer['name']}: {len(orders)} orders, ${total:,.2f}")
    body = "\n".join(report)
    print(body)
    print(skus.most_common(2))
    receipt = send_email(to="ops@example.com", subject="Daily report", body=body)
    print(receipt)
    return receipt["status"]

status = asyncio.run(main())
print("done:", status)
