events = [
    (1700000005, "login"), (1700000030, "click"), (1700000061, "click"), (1700000062, "purchase"),
    (1700000119, "click"), (1700000120, "login"), (1700000185, "click"), (1700000190, "click"),
    (1700000250, "logout"), (1700000299, "click"), (1700000301, "purchase"), (1700000420, "click"),
]
BUCKET = 60
start = events[0][0] // BUCKET * BUCKET
end = events[-1][0] // BUCKET * BUCKET
buckets = {t: {} for t in range(start, end + BUCKET, BUCKET)}
for ts, kind in events:
    b = ts // BUCKET * BUCKET
    buckets[b][kind] = buckets[b].get(kind, 0) + 1
kinds = sorted({k for _, k in events})
print("offset  " + "".join(f"{k:>9}" for k in kinds) + "    total")
for b, counts in buckets.items():
    total = sum(counts.values())
    print(f"+{b - start:>5}s " + "".join(f"{counts.get(k, 0):>9}" for k in kinds) + f"{total:>9}")
totals = [sum(c.values()) for c in buckets.values()]
window = 3
rolling = []
for i in range(len(totals)):
    w = totals[max(0, i - window + 1):i + 1]
    rolling.append(round(sum(w) / len(w), 2))
print("totals :", totals)
print("rolling:", rolling)
empty = [f"+{b - start}s" for b, c in buckets.items() if not c]
print("empty buckets:", empty)
gaps = [b[0] - a[0] for a, b in zip(events, events[1:])]
print("max gap:", max(gaps), "s between events", gaps.index(max(gaps)), "and", gaps.index(max(gaps)) + 1)
clicks_after_login = 0
logged_in = False
for _, k in events:
    if k == "login":
        logged_in = True
    elif k == "logout":
        logged_in = False
    elif k == "click" and logged_in:
        clicks_after_login += 1
print("clicks while logged in:", clicks_after_login)
