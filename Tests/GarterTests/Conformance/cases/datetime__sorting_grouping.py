from datetime import datetime, timedelta
logs = [
    "2024-03-01T10:15:00 login alice",
    "2024-03-01T10:17:30 login bob",
    "2024-02-29T23:59:00 logout carol",
    "2024-03-01T12:00:00 logout alice",
    "2024-03-02T08:00:00 login carol",
]
entries = []
for line in logs:
    ts, action, user = line.split()
    entries.append((datetime.fromisoformat(ts), action, user))
entries.sort()
by_day = {}
for ts, action, user in entries:
    by_day.setdefault(ts.date(), []).append(f"{ts:%H:%M} {action} {user}")
for day, items in by_day.items():
    print(day.isoformat(), items)
sessions = {}
for ts, action, user in entries:
    if action == "login":
        sessions[user] = ts
    elif user in sessions:
        print(user, "session", ts - sessions.pop(user))
print(max(e[0] for e in entries) - min(e[0] for e in entries))
