CATALOG = {
    "SKU1": ("T-shirt", 19.99, "apparel"),
    "SKU2": ("Jeans", 49.50, "apparel"),
    "SKU3": ("Headphones", 89.00, "electronics"),
    "SKU4": ("Cable", 9.99, "electronics"),
    "SKU5": ("Mug", 12.00, "home"),
}

class Cart:
    def __init__(self):
        self.lines = {}
        self.coupons = []
    def add(self, sku, qty=1):
        if sku not in CATALOG:
            raise KeyError(sku)
        self.lines[sku] = self.lines.get(sku, 0) + qty
    def remove(self, sku, qty=1):
        left = self.lines.get(sku, 0) - qty
        if left <= 0:
            self.lines.pop(sku, None)
        else:
            self.lines[sku] = left
    def subtotal(self):
        return sum(CATALOG[s][1] * q for s, q in self.lines.items())
    def discounts(self):
        out = []
        apparel_units = sum(q for s, q in self.lines.items() if CATALOG[s][2] == "apparel")
        if apparel_units >= 3:
            cheapest = min(CATALOG[s][1] for s in self.lines if CATALOG[s][2] == "apparel")
            out.append(("3+ apparel: cheapest free", cheapest))
        if self.lines.get("SKU4", 0) >= 2:
            out.append(("cables 2-for-1", CATALOG["SKU4"][1] * (self.lines["SKU4"] // 2)))
        for code in self.coupons:
            if code == "SAVE10" and self.subtotal() >= 100:
                out.append(("SAVE10 (10% off)", round(self.subtotal() * 0.10, 2)))
            elif code == "FLAT5":
                out.append(("FLAT5", 5.0))
            else:
                out.append((f"{code} (not applicable)", 0.0))
        return out
    def total(self):
        sub = self.subtotal()
        disc = sum(d for _, d in self.discounts())
        after = max(sub - disc, 0)
        shipping = 0 if after >= 75 else 6.95
        tax = round(after * 0.08, 2)
        return sub, disc, shipping, tax, round(after + shipping + tax, 2)
    def receipt(self):
        lines = []
        for s in sorted(self.lines):
            name, price, _ = CATALOG[s]
            q = self.lines[s]
            lines.append(f"{name:<12} {q:>2} x {price:>6.2f} = {price * q:>7.2f}")
        for label, amt in self.discounts():
            lines.append(f"  {label:<29} -{amt:>6.2f}")
        sub, disc, ship, tax, tot = self.total()
        lines.append(f"{'subtotal':<27}{sub:>10.2f}")
        lines.append(f"{'discounts':<27}{-disc:>10.2f}")
        lines.append(f"{'shipping':<27}{ship:>10.2f}")
        lines.append(f"{'tax':<27}{tax:>10.2f}")
        lines.append(f"{'TOTAL':<27}{tot:>10.2f}")
        return "\n".join(lines)

cart = Cart()
cart.add("SKU1", 2)
cart.add("SKU2")
cart.add("SKU4", 3)
cart.add("SKU5")
cart.coupons = ["SAVE10", "BOGUS"]
print(cart.receipt())
print("=" * 37)
cart.remove("SKU1", 2)
cart.remove("SKU4")
cart.coupons = ["FLAT5"]
print(cart.receipt())
try:
    cart.add("SKU9")
except KeyError as e:
    print("unknown sku:", e)
