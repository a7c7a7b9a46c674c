# A realistic agent data script: parse CSV-like order records from text,
# validate and normalize them, group by region/product/month, aggregate
# (totals, averages, medians, percentiles, distinct counts), rank customers,
# and format a fixed-width text report with f-strings.

REGIONS = ["north", "south", "east", "west", "central"]
PRODUCTS = ["widget", "gadget", "gizmo", "doohickey", "sprocket", "flange", "bracket"]
STATUSES = ["paid", "paid", "paid", "refunded", "pending", "paid", "cancelled"]


def generate_csv(n, seed):
    x = seed
    rows = ["order_id,date,customer,region,product,qty,unit_price,status"]
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        month = x % 12 + 1
        day = (x >> 4) % 28 + 1
        customer = f"C{(x >> 8) % 2500:04d}"
        region = REGIONS[(x >> 12) % len(REGIONS)]
        product = PRODUCTS[(x >> 15) % len(PRODUCTS)]
        qty = (x >> 18) % 20 + 1
        price = ((x >> 5) % 9000 + 100) / 100
        status = STATUSES[(x >> 21) % len(STATUSES)]
        if i % 997 == 0:
            qty = "n/a"  # a malformed row the script must skip
        rows.append(f"O{i:07d},2024-{month:02d}-{day:02d},{customer},{region},{product},{qty},{price:.2f},{status}")
    return "\n".join(rows)


def parse(text):
    lines = text.splitlines()
    header = lines[0].split(",")
    records = []
    errors = 0
    for line in lines[1:]:
        row = dict(zip(header, line.split(",")))
        try:
            qty = int(row["qty"])
            price = float(row["unit_price"])
        except ValueError:
            errors += 1
            continue
        year, month, day = (int(p) for p in row["date"].split("-"))
        records.append({
            "id": row["order_id"],
            "month": month,
            "customer": row["customer"],
            "region": row["region"].title(),
            "product": row["product"],
            "qty": qty,
            "amount": round(qty * price, 2),
            "status": row["status"],
        })
    return records, errors


def median(values):
    s = sorted(values)
    n = len(s)
    if n == 0:
        return 0.0
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def percentile(values, p):
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def summarize(records):
    by_region = {}
    by_product = {}
    by_month = {}
    customers = {}
    status_counts = {}
    for r in records:
        status_counts[r["status"]] = status_counts.get(r["status"], 0) + 1
        if r["status"] != "paid":
            continue
        g = by_region.setdefault(r["region"], {"orders": 0, "revenue": 0.0, "amounts": [], "customers": set()})
        g["orders"] += 1
        g["revenue"] += r["amount"]
        g["amounts"].append(r["amount"])
        g["customers"].add(r["customer"])
        p = by_product.setdefault(r["product"], [0, 0.0])
        p[0] += r["qty"]
        p[1] += r["amount"]
        by_month[r["month"]] = by_month.get(r["month"], 0.0) + r["amount"]
        customers[r["customer"]] = customers.get(r["customer"], 0.0) + r["amount"]
    return by_region, by_product, by_month, customers, status_counts


def report(records, errors):
    by_region, by_product, by_month, customers, status_counts = summarize(records)
    out = []
    total = sum(g["revenue"] for g in by_region.values())
    out.append(f"ORDER REPORT — {len(records):,} valid records, {errors} skipped")
    out.append("=" * 72)
    out.append("Status: " + ", ".join(f"{k}={v}" for k, v in sorted(status_counts.items())))
    out.append("")
    out.append(f"{'Region':<10}{'Orders':>8}{'Revenue':>15}{'Share':>8}{'Median':>10}{'P90':>10}{'Cust':>7}")
    for name, g in sorted(by_region.items(), key=lambda kv: -kv[1]["revenue"]):
        share = g["revenue"] / total * 100
        out.append(
            f"{name:<10}{g['orders']:>8,}{g['revenue']:>15,.2f}{share:>7.1f}%"
            f"{median(g['amounts']):>10.2f}{percentile(g['amounts'], 90):>10.2f}{len(g['customers']):>7}"
        )
    out.append(f"{'TOTAL':<10}{sum(g['orders'] for g in by_region.values()):>8,}{total:>15,.2f}")
    out.append("")
    out.append("Products by revenue:")
    ranked = sorted(by_product.items(), key=lambda kv: (-kv[1][1], kv[0]))
    for rank, (name, (qty, revenue)) in enumerate(ranked, 1):
        bar = "#" * int(revenue / total * 100)
        out.append(f"  {rank}. {name:<10} qty={qty:>7,} revenue={revenue:>13,.2f} {bar}")
    out.append("")
    out.append("Monthly revenue:")
    best = max(by_month, key=by_month.get)
    for month in sorted(by_month):
        marker = " <- best" if month == best else ""
        out.append(f"  2024-{month:02d} {by_month[month]:>13,.2f}{marker}")
    out.append("")
    top = sorted(customers.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    out.append("Top customers: " + "; ".join(f"{c} ({v:,.0f})" for c, v in top))
    avg = total / max(1, len(customers))
    above = sum(1 for v in customers.values() if v > avg)
    out.append(f"Customers: {len(customers)}, average spend {avg:,.2f}, {above} above average")
    return "\n".join(out)


def main():
    text = generate_csv(120_000, 99)
    records, errors = parse(text)
    print(report(records, errors))


main()
