class Task:
    def __init__(self, name, priority, duration, deps=()):
        self.name = name
        self.priority = priority
        self.duration = duration
        self.deps = set(deps)
    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)
    def __repr__(self):
        return f"Task({self.name}, p{self.priority})"

tasks = [
    Task("deploy", 1, 5, ["test", "build"]),
    Task("build", 2, 10, ["fetch"]),
    Task("fetch", 3, 2),
    Task("test", 1, 8, ["build"]),
    Task("docs", 5, 3),
    Task("lint", 2, 1, ["fetch"]),
    Task("notify", 4, 1, ["deploy"]),
]
by_name = {t.name: t for t in tasks}
WORKERS = 2
clock = 0
done = set()
running = []
timeline = []
pending = list(tasks)
while pending or running:
    ready = sorted(t for t in pending if t.deps <= done)
    while ready and len(running) < WORKERS:
        t = ready.pop(0)
        pending.remove(t)
        running.append((clock + t.duration, t))
        timeline.append(f"t={clock:>2} start  {t.name:<7} (p{t.priority}, {t.duration}u)")
    running.sort(key=lambda r: (r[0], r[1].name))
    finish, t = running.pop(0)
    clock = finish
    done.add(t.name)
    timeline.append(f"t={clock:>2} finish {t.name}")
print("\n".join(timeline))
print("makespan:", clock)
total_work = sum(t.duration for t in tasks)
print(f"utilization: {total_work / (clock * WORKERS):.1%}")

def critical_path(name, memo={}):
    if name not in memo:
        t = by_name[name]
        memo[name] = t.duration + max((critical_path(d) for d in t.deps), default=0)
    return memo[name]
print("critical path lengths:", {t.name: critical_path(t.name) for t in sorted(tasks, key=lambda t: t.name)})
