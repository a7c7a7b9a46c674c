people = [{"name": "Al", "city": "Paris", "age": 7}, {"name": "Bernadette", "city": "Rio de Janeiro", "age": 103}, {"name": "Cy", "city": "Oslo", "age": 44}]
cols = ["name", "city", "age"]
widths = {c: max(len(c), *(len(str(p[c])) for p in people)) for c in cols}
print(" | ".join(c.upper().ljust(widths[c]) for c in cols))
print("-+-".join("-" * widths[c] for c in cols))
for p in people:
    cells = []
    for c in cols:
        v = p[c]
        cells.append(f"{v:>{widths[c]}}" if isinstance(v, int) else f"{v:<{widths[c]}}")
    print(" | ".join(cells))
