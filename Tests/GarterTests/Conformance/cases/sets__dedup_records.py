rows = [("ann", "nyc", 30), ("bob", "sf", 25), ("ann", "nyc", 30), ("cy", "la", 41), ("bob", "sf", 26), ("cy", "la", 41)]
seen = set()
unique = []
dupes = []
for r in rows:
    if r in seen:
        dupes.append(r)
    else:
        seen.add(r)
        unique.append(r)
print(unique)
print(dupes)
names_cities = {(n, c) for n, c, _ in rows}
print(sorted(names_cities))
by_key = {}
for n, c, a in rows:
    by_key.setdefault((n, c), set()).add(a)
conflicts = {k: sorted(v) for k, v in by_key.items() if len(v) > 1}
print(conflicts)
