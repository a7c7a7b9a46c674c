results = [
    ("ann", 1520, 42, 310), ("bob", 1520, 40, 295), ("cy", 1710, 51, 402), ("dee", 980, 22, 180),
    ("eve", 1520, 42, 288), ("fay", 1710, 49, 390), ("gus", 1200, 30, 245), ("hal", 980, 25, 175),
]
ordered = sorted(results, key=lambda r: (-r[1], -r[2], r[3], r[0]))

def dense_ranks(rows, key):
    ranks = []
    rank = 0
    prev = object()
    for r in rows:
        k = key(r)
        if k != prev:
            rank += 1
            prev = k
        ranks.append(rank)
    return ranks

def competition_ranks(rows, key):
    ranks = []
    for i, r in enumerate(rows):
        if i > 0 and key(r) == key(rows[i - 1]):
            ranks.append(ranks[-1])
        else:
            ranks.append(i + 1)
    return ranks

dense = dense_ranks(ordered, lambda r: r[1])
comp = competition_ranks(ordered, lambda r: r[1])
print(f"{'#':>2} {'1224':>4} {'player':<6} {'points':>6} {'wins':>5} {'time':>5}")
for d, c, (name, pts, wins, t) in zip(dense, comp, ordered):
    medal = {1: " *gold*", 2: " *silver*", 3: " *bronze*"}.get(d, "")
    print(f"{d:>2} {c:>4} {name:<6} {pts:>6} {wins:>5} {t:>5}{medal}")
tiers = {}
for d, row in zip(dense, ordered):
    tiers.setdefault(d, []).append(row[0])
print("tiers:", tiers)
avg_pts = sum(r[1] for r in results) / len(results)
above = [r[0] for r in ordered if r[1] > avg_pts]
print(f"average points {avg_pts:.1f}; above average: {above}")
pct = {r[0]: round(100 * sum(1 for o in results if o[1] < r[1]) / (len(results) - 1)) for r in ordered}
print("percentiles:", pct)
