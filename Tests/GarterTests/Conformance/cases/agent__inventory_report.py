inventory = [
    {"sku": "A-100", "name": "Widget", "category": "hardware", "qty": 120, "unit_cost": 2.50, "reorder_at": 50},
    {"sku": "A-101", "name": "Gadget", "category": "hardware", "qty": 15, "unit_cost": 12.00, "reorder_at": 20},
    {"sku": "B-200", "name": "Manual", "category": "books", "qty": 0, "unit_cost": 8.75, "reorder_at": 5},
    {"sku": "B-201", "name": "Cookbook", "category": "books", "qty": 42, "unit_cost": 15.25, "reorder_at": 10},
    {"sku": "C-300", "name": "Cable", "category": "electronics", "qty": 300, "unit_cost": 0.99, "reorder_at": 100},
    {"sku": "C-301", "name": "Charger", "category": "electronics", "qty": 7, "unit_cost": 18.40, "reorder_at": 10},
]

def stock_status(item):
    if item["qty"] == 0:
        return "OUT"
    if item["qty"] <= item["reorder_at"]:
        return "LOW"
    return "OK"

print(f"{'SKU':<7}{'Name':<10}{'Qty':>5}{'Value':>10}  Status")
print("-" * 40)
total_value = 0.0
by_category = {}
for item in sorted(inventory, key=lambda i: (i["category"], i["sku"])):
    value = item["qty"] * item["unit_cost"]
    total_value += value
    cat = by_category.setdefault(item["category"], {"items": 0, "units": 0, "value": 0.0})
    cat["items"] += 1
    cat["units"] += item["qty"]
    cat["value"] += value
    print(f"{item['sku']:<7}{item['name']:<10}{item['qty']:>5}{value:>10.2f}  {stock_status(item)}")
print("-" * 40)
print(f"{'Total inventory value:':<22}{total_value:>18.2f}")
print()
print("By category:")
for cat, agg in sorted(by_category.items(), key=lambda kv: -kv[1]["value"]):
    share = agg["value"] / total_value * 100
    print(f"  {cat:<12} items={agg['items']} units={agg['units']:>4} value={agg['value']:>8.2f} ({share:4.1f}%)")
reorder = [i for i in inventory if stock_status(i) != "OK"]
print()
print("Reorder list:")
for i in reorder:
    need = max(i["reorder_at"] * 2 - i["qty"], 0)
    print(f"  {i['sku']} {i['name']}: order {need} units (est. ${need * i['unit_cost']:.2f})")
print("Summary:", {"skus": len(inventory), "needs_reorder": len(reorder), "out_of_stock": sum(1 for i in inventory if i["qty"] == 0)})
