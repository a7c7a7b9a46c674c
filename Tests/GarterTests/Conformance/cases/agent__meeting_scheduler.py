meetings = [
    ("standup", "09:00", "09:15", ["ann", "bob", "cy"]),
    ("design review", "09:30", "10:30", ["ann", "dee"]),
    ("1:1 bob", "10:00", "10:30", ["bob", "eve"]),
    ("planning", "10:15", "11:45", ["ann", "bob", "cy", "dee"]),
    ("lunch talk", "12:00", "13:00", ["cy", "eve"]),
    ("interview", "13:00", "14:00", ["dee"]),
    ("retro", "13:30", "14:30", ["ann", "cy"]),
]

def to_min(t):
    h, m = t.split(":")
    return int(h) * 60 + int(m)

def to_hhmm(m):
    return f"{m // 60:02d}:{m % 60:02d}"

conflicts = []
for i in range(len(meetings)):
    for j in range(i + 1, len(meetings)):
        a, b = meetings[i], meetings[j]
        start = max(to_min(a[1]), to_min(b[1]))
        end = min(to_min(a[2]), to_min(b[2]))
        shared = sorted(set(a[3]) & set(b[3]))
        if start < end and shared:
            conflicts.append((a[0], b[0], to_hhmm(start), to_hhmm(end), shared))
print("conflicts:")
for c in conflicts:
    print(f"  {c[0]!r} x {c[1]!r} {c[2]}-{c[3]} people={c[4]}")

people = sorted({p for m in meetings for p in m[3]})
DAY = (to_min("09:00"), to_min("17:00"))
print("\nbusy minutes and free slots (>=30m):")
for p in people:
    blocks = sorted((to_min(s), to_min(e)) for _, s, e, ps in meetings if p in ps)
    merged = []
    for s, e in blocks:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    busy = sum(e - s for s, e in merged)
    free = []
    cur = DAY[0]
    for s, e in merged:
        if s - cur >= 30:
            free.append(f"{to_hhmm(cur)}-{to_hhmm(s)}")
        cur = max(cur, e)
    if DAY[1] - cur >= 30:
        free.append(f"{to_hhmm(cur)}-{to_hhmm(DAY[1])}")
    print(f"  {p:<4} busy {busy:>3}m  free: {', '.join(free)}")

def common_slot(names, length):
    t = DAY[0]
    while t + length <= DAY[1]:
        if all(not (to_min(s) < t + length and t < to_min(e)) for _, s, e, ps in meetings if set(ps) & set(names)):
            return to_hhmm(t)
        t += 15
    return None
print("\nfirst 60m slot for ann+bob+cy:", common_slot(["ann", "bob", "cy"], 60))
print("first 30m slot for dee+eve:", common_slot(["dee", "eve"], 30))
