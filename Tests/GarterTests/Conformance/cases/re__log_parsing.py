import re

LOG = """\
2024-03-01 12:00:01 INFO  [auth] user=alice action=login ip=10.0.0.5
2024-03-01 12:00:07 WARN  [db] slow query took 1532ms table=orders
2024-03-01 12:01:13 ERROR [auth] user=bob action=login ip=10.0.0.9 reason="bad password"
2024-03-01 12:02:44 INFO  [api] GET /v1/orders?id=42 200 12ms
2024-03-01 12:02:45 INFO  [api] POST /v1/orders 201 48ms
2024-03-01 12:03:00 ERROR [db] deadlock detected table=payments
malformed line without structure
2024-03-01 12:04:10 INFO  [api] GET /v1/users/7 404 3ms
"""

LINE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2}) "
    r"(?P<level>[A-Z]+)\s+\[(?P<component>\w+)\] (?P<message>.*)$"
)

counts = {}
by_component = {}
bad = []
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(lineno)
        continue
    level = m.group("level")
    counts[level] = counts.get(level, 0) + 1
    by_component.setdefault(m["component"], []).append(m.group("time"))

print("levels:", counts)
print("components:", by_component)
print("unparsed lines:", bad)

# key=value pairs, with optional quoted values
KV = re.compile(r'(\w+)=("[^"]*"|\S+)')
for line in LOG.splitlines():
    pairs = {k: v.strip('"') for k, v in KV.findall(line)}
    if pairs:
        print(sorted(pairs.items()))

# HTTP requests: method, path, status, latency
REQ = re.compile(r"\b(GET|POST|PUT|DELETE) (\S+) (\d{3}) (\d+)ms")
total = 0
for method, path, status, ms in REQ.findall(LOG):
    total += int(ms)
    print(f"{method:<6} {path:<20} {status} {int(ms):>4}ms")
print("total latency:", total)

slow = [int(x) for x in re.findall(r"took (\d+)ms", LOG)]
print("slow queries:", slow)
errors = [m.group(1) for m in re.finditer(r"^\S+ \S+ ERROR \[(\w+)\]", LOG, re.M)]
print("error components:", errors)
