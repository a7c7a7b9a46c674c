import json
from collections import Counter, defaultdict, deque
from itertools import groupby
from operator import itemgetter
import math

LOG = """2024-05-01 10:00:01 INFO  api   GET /users 200 12ms
2024-05-01 10:00:02 INFO  api   GET /users/7 200 8ms
2024-05-01 10:00:02 WARN  db    slow query 350ms
2024-05-01 10:00:03 ERROR api   POST /orders 500 97ms
2024-05-01 10:01:10 INFO  api   GET /health 200 1ms
2024-05-01 10:01:11 ERROR db    connection reset
2024-05-01 10:01:15 INFO  api   POST /orders 201 45ms
2024-05-01 10:02:00 WARN  api   GET /users 429 3ms
2024-05-01 10:02:30 INFO  worker job 19 done 1200ms"""

entries = []
for line in LOG.splitlines():
    date, time, level, comp, *rest = line.split()
    msg = " ".join(rest)
    ms = next((int(t[:-2]) for t in rest if t.endswith("ms") and t[:-2].isdigit()), None)
    entries.append({"minute": time[:5], "level": level, "component": comp, "msg": msg, "ms": ms})

levels = Counter(e["level"] for e in entries)
by_comp = defaultdict(Counter)
for e in entries:
    by_comp[e["component"]][e["level"]] += 1
per_minute = {m: len(list(g)) for m, g in groupby(entries, key=itemgetter("minute"))}
durations = sorted(e["ms"] for e in entries if e["ms"] is not None)
p50 = durations[len(durations) // 2]
recent_errors = deque((e["msg"] for e in entries if e["level"] == "ERROR"), maxlen=2)
report = {
    "levels": dict(levels.most_common()),
    "components": {k: dict(v) for k, v in sorted(by_comp.items())},
    "per_minute": per_minute,
    "latency": {"p50": p50, "max": durations[-1], "log_mean": round(math.exp(sum(map(math.log, durations)) / len(durations)), 3)},
    "recent_errors": list(recent_errors),
    "error_rate": round(levels["ERROR"] / len(entries), 4),
}
print(json.dumps(report, indent=2))
