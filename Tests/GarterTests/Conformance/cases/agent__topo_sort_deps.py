packages = {
    "app": ["web", "db", "auth"],
    "web": ["http", "templates"],
    "auth": ["crypto", "db"],
    "db": ["driver"],
    "http": ["sockets"],
    "templates": [],
    "crypto": [],
    "driver": ["sockets"],
    "sockets": [],
}

def topo_sort(graph):
    indeg = {n: 0 for n in graph}
    for n, deps in graph.items():
        for d in deps:
            indeg[n] += 1
    dependents = {n: [] for n in graph}
    for n, deps in graph.items():
        for d in deps:
            dependents[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in sorted(dependents[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(order) != len(graph):
        stuck = sorted(n for n in graph if n not in order)
        raise ValueError(f"cycle detected among: {stuck}")
    return order

order = topo_sort(packages)
print("install order:", " -> ".join(order))
levels = {}
for n in order:
    levels[n] = 1 + max((levels[d] for d in packages[n]), default=-1)
by_level = {}
for n, l in levels.items():
    by_level.setdefault(l, []).append(n)
for l in sorted(by_level):
    print(f"  stage {l}: {sorted(by_level[l])}")

def all_deps(pkg, seen=None):
    seen = set() if seen is None else seen
    for d in packages[pkg]:
        if d not in seen:
            seen.add(d)
            all_deps(d, seen)
    return seen
print("app needs:", sorted(all_deps("app")))
print("auth needs:", sorted(all_deps("auth")))
cyclic = dict(packages)
cyclic["sockets"] = ["app"]
try:
    topo_sort(cyclic)
except ValueError as e:
    print("error:", e)
