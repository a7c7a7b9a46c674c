log_lines = [
    "2024-01-01 INFO start",
    "2024-01-01 ERROR disk full",
    "2024-01-02 WARN slow",
    "2024-01-02 ERROR timeout",
    "2024-01-03 INFO done",
    "bad line",
]
def parse(lines):
    for ln in lines:
        parts = ln.split(" ", 2)
        if len(parts) == 3:
            yield {"date": parts[0], "level": parts[1], "msg": parts[2]}
def only(level, recs):
    return (r for r in recs if r["level"] == level)
def fmt(recs):
    for i, r in enumerate(recs, 1):
        yield f"{i}. [{r['date']}] {r['msg']}"
for line in fmt(only("ERROR", parse(log_lines))):
    print(line)
counts = {}
for r in parse(log_lines):
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(counts)
