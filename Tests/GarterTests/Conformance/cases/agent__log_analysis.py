raw_log = """\
2024-03-01T10:00:01 INFO  api   request path=/users status=200 ms=12
2024-03-01T10:00:02 INFO  api   request path=/users/7 status=200 ms=30
2024-03-01T10:00:05 WARN  db    slow query table=orders ms=850
2024-03-01T10:00:07 ERROR api   request path=/orders status=500 ms=1200
2024-03-01T10:01:00 INFO  api   request path=/users status=200 ms=15
2024-03-01T10:01:03 ERROR db    connection lost host=db2
2024-03-01T10:01:04 INFO  api   request path=/orders status=201 ms=95
malformed line here
2024-03-01T10:02:10 INFO  auth  login user=ann ok=true
2024-03-01T10:02:11 WARN  auth  login user=bob ok=false
2024-03-01T10:02:15 INFO  api   request path=/users status=404 ms=5
"""

def parse_line(line):
    parts = line.split()
    if len(parts) < 4 or "T" not in parts[0]:
        return None
    ts, level, component = parts[0], parts[1], parts[2]
    fields = {}
    words = []
    for p in parts[3:]:
        if "=" in p:
            k, v = p.split("=", 1)
            fields[k] = int(v) if v.isdigit() else v
        else:
            words.append(p)
    return {"ts": ts, "minute": ts[11:16], "level": level, "component": component, "msg": " ".join(words), "fields": fields}

entries = []
bad = 0
for ln in raw_log.splitlines():
    e = parse_line(ln)
    if e is None:
        bad += 1
    else:
        entries.append(e)
print(f"parsed {len(entries)} entries, {bad} malformed")

levels = {}
for e in entries:
    levels[e["level"]] = levels.get(e["level"], 0) + 1
print("levels:", dict(sorted(levels.items())))

requests = [e for e in entries if e["msg"] == "request"]
latencies = sorted(e["fields"]["ms"] for e in requests)
print("request count:", len(requests))
print("latency min/median/max:", latencies[0], latencies[len(latencies) // 2], latencies[-1])
by_path = {}
for e in requests:
    by_path.setdefault(e["fields"]["path"], []).append(e["fields"]["status"])
for path, statuses in sorted(by_path.items()):
    errors = sum(1 for s in statuses if s >= 400)
    print(f"  {path:<10} hits={len(statuses)} errors={errors} statuses={statuses}")

per_minute = {}
for e in entries:
    per_minute[e["minute"]] = per_minute.get(e["minute"], 0) + 1
for minute, n in sorted(per_minute.items()):
    print(f"  {minute} {'#' * n} {n}")
errors = [f"{e['ts'][11:]} {e['component']}: {e['msg']} {e['fields']}" for e in entries if e["level"] == "ERROR"]
print("errors:")
for err in errors:
    print("  -", err)
