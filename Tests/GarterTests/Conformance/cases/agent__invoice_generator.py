company = {"name": "Acme Consulting LLC", "addr": "1 Main St, Springfield"}
client = {"name": "Globex Corp", "addr": "99 Industrial Way, Shelbyville", "terms_days": 30}
entries = [
    ("2024-06-03", "Requirements workshop", 6.5, 175.0),
    ("2024-06-04", "Architecture design", 8, 175.0),
    ("2024-06-10", "Implementation - API layer", 12.25, 150.0),
    ("2024-06-11", "Implementation - data migration scripts and validation", 9.75, 150.0),
    ("2024-06-14", "Code review & QA", 4, 125.0),
]
expenses = [("Travel (train)", 86.4), ("Cloud sandbox", 42.0)]
TAX_RATE = 0.0725
W = 72

def wrap(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return lines

print("=" * W)
print(f"{company['name']:<40}{'INVOICE #2024-061':>32}")
print(f"{company['addr']:<40}{'Date: 2024-06-30':>32}")
print("-" * W)
print(f"Bill to: {client['name']}")
print(f"         {client['addr']}")
print(f"Terms:   Net {client['terms_days']}")
print("-" * W)
print(f"{'Date':<11}{'Description':<34}{'Hours':>7}{'Rate':>9}{'Amount':>11}")
labor = 0.0
for date, desc, hrs, rate in entries:
    amt = hrs * rate
    labor += amt
    lines = wrap(desc, 32)
    print(f"{date:<11}{lines[0]:<34}{hrs:>7.2f}{rate:>9.2f}{amt:>11.2f}")
    for extra in lines[1:]:
        print(f"{'':<11}{extra:<34}")
print(f"{'':<11}{'Expenses':<34}")
exp_total = 0.0
for desc, amt in expenses:
    exp_total += amt
    print(f"{'':<11}  {desc:<32}{'':>16}{amt:>11.2f}")
print("-" * W)
subtotal = labor + exp_total
tax = round(labor * TAX_RATE, 2)
for label, val in [("Labor", labor), ("Expenses", exp_total), ("Subtotal", subtotal), (f"Tax on labor ({TAX_RATE:.2%})", tax), ("TOTAL DUE", subtotal + tax)]:
    print(f"{label:>59}{val:>13,.2f}")
print("=" * W)
hours = sum(e[2] for e in entries)
print(f"Total hours: {hours:g}, blended rate: {labor / hours:.2f}/h")
