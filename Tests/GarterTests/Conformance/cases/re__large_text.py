import re

levels = ["INFO", "WARN", "ERROR", "DEBUG"]
lines = []
for i in range(20000):
    lvl = levels[(i * 7) % 4]
    lines.append(f"2024-01-{i % 28 + 1:02d}T{i % 24:02d}:{i % 60:02d}:00Z {lvl} req={i} user=u{i % 97} took={(i * 37) % 1000}ms")
text = "\n".join(lines)

pat = re.compile(r"^(\S+) (INFO|WARN|ERROR|DEBUG) req=(\d+) user=(\w+) took=(\d+)ms$", re.M)
count = {}
slowest = (0, None)
users = set()
for m in pat.finditer(text):
    ts, lvl, req, user, took = m.groups()
    count[lvl] = count.get(lvl, 0) + 1
    users.add(user)
    if int(took) > slowest[0]:
        slowest = (int(took), req)
print(count, len(users), slowest)
print(len(re.findall(r"ERROR", text)), len(re.split(r"\n", text)))
print(re.sub(r"user=u(\d+)", r"user=<\1>", text[:200]))
print(sum(int(x) for x in re.findall(r"took=(\d+)ms", text)))
print(len(re.sub(r"\d", "#", text)))
