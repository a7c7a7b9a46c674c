edges = [
    ("alice", "bob"), ("bob", "carol"), ("dave", "erin"), ("frank", "frank"), ("carol", "alice"),
    ("gina", "hank"), ("hank", "ivan"), ("ivan", "gina"), ("erin", "judy"), ("kate", "leo"),
]
nodes = sorted({n for e in edges for n in e} | {"mallory"})

class DSU:
    def __init__(self, items):
        self.parent = {i: i for i in items}
        self.size = {i: 1 for i in items}
        self.cycles = []
    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            self.cycles.append((a, b))
            return False
        if self.size[ra] < self.size[rb] or (self.size[ra] == self.size[rb] and ra > rb):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True

dsu = DSU(nodes)
for a, b in edges:
    merged = dsu.union(a, b)
    print(f"union({a}, {b}) -> {'merged' if merged else 'already connected'}")
groups = {}
for n in nodes:
    groups.setdefault(dsu.find(n), []).append(n)
comps = sorted(groups.values(), key=lambda g: (-len(g), g))
print(f"\n{len(comps)} components:")
for g in comps:
    print(f"  size {len(g)}: {', '.join(g)}")
print("edges closing cycles:", dsu.cycles)
print("alice~carol:", dsu.find("alice") == dsu.find("carol"), "| alice~dave:", dsu.find("alice") == dsu.find("dave"))
singletons = [g[0] for g in comps if len(g) == 1]
print("singletons:", singletons)
