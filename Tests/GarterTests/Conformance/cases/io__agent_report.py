import io

rows = [("apples", 3, 1.25), ("pears", 10, 0.5), ("kiwis", 7, 0.8)]
out = io.StringIO()
out.write(f"{'item':<8}{'qty':>5}{'total':>8}\n")
for name, qty, price in rows:
    out.write(f"{name:<8}{qty:>5}{qty * price:>8.2f}\n")
total = sum(q * p for _, q, p in rows)
print("-" * 21, file=out)
print(f"{'sum':<13}{total:>8.2f}", file=out)
report = out.getvalue()
print(report, end="")
print(len(report.splitlines()), "lines")
