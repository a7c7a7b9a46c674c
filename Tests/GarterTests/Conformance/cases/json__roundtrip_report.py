import json
from collections import Counter, defaultdict

events = json.loads("""[
 {"ts": "2024-01-01T10:00:00", "user": "ann", "action": "login", "ms": 120},
 {"ts": "2024-01-01T10:05:00", "user": "bob", "action": "view", "ms": 340},
 {"ts": "2024-01-01T10:06:00", "user": "ann", "action": "view", "ms": 80},
 {"ts": "2024-01-01T10:07:00", "user": "cy", "action": "login", "ms": 95},
 {"ts": "2024-01-01T10:09:00", "user": "bob", "action": "purchase", "ms": 560},
 {"ts": "2024-01-01T10:12:00", "user": "ann", "action": "purchase", "ms": 610},
 {"ts": "2024-01-01T10:15:00", "user": "ann", "action": "logout", "ms": 30}
]""")
by_user = defaultdict(list)
for e in events:
    by_user[e["user"]].append(e)
actions = Counter(e["action"] for e in events)
report = {
    "total_events": len(events),
    "users": {u: {"events": len(es), "avg_ms": round(sum(x["ms"] for x in es) / len(es), 2),
                  "actions": sorted({x["action"] for x in es})} for u, es in sorted(by_user.items())},
    "top_actions": actions.most_common(2),
    "slowest": max(events, key=lambda e: e["ms"])["ts"],
    "ratio": actions["purchase"] / len(events),
}
text = json.dumps(report, indent=2, sort_keys=True)
print(text)
again = json.loads(text)
print(again["users"]["ann"], again["top_actions"], again == json.loads(json.dumps(report)))
print(json.dumps(report["users"], separators=(",", ":")))
