employees = [
    {"id": 1, "name": "Grace", "title": "CEO", "manager": None, "salary": 300000},
    {"id": 2, "name": "Alan", "title": "CTO", "manager": 1, "salary": 250000},
    {"id": 3, "name": "Ada", "title": "CFO", "manager": 1, "salary": 240000},
    {"id": 4, "name": "Linus", "title": "Eng Manager", "manager": 2, "salary": 180000},
    {"id": 5, "name": "Guido", "title": "Staff Engineer", "manager": 4, "salary": 200000},
    {"id": 6, "name": "Barbara", "title": "Engineer", "manager": 4, "salary": 150000},
    {"id": 7, "name": "Ken", "title": "Accountant", "manager": 3, "salary": 110000},
    {"id": 8, "name": "Dennis", "title": "Engineer", "manager": 4, "salary": 155000},
    {"id": 9, "name": "Margaret", "title": "Architect", "manager": 2, "salary": 210000},
]
by_id = {e["id"]: e for e in employees}
children = {}
for e in employees:
    children.setdefault(e["manager"], []).append(e["id"])

def render(eid, prefix="", is_last=True, out=None):
    e = by_id[eid]
    connector = "" if e["manager"] is None else ("`-- " if is_last else "|-- ")
    out.append(f"{prefix}{connector}{e['name']} ({e['title']})")
    kids = sorted(children.get(eid, []), key=lambda k: by_id[k]["name"])
    ext = "" if e["manager"] is None else ("    " if is_last else "|   ")
    for i, k in enumerate(kids):
        render(k, prefix + ext, i == len(kids) - 1, out)
    return out

root = children[None][0]
print("\n".join(render(root, out=[])))

def team_cost(eid):
    return by_id[eid]["salary"] + sum(team_cost(k) for k in children.get(eid, []))

def depth(eid):
    m = by_id[eid]["manager"]
    return 0 if m is None else 1 + depth(m)

def chain(eid):
    path = []
    while eid is not None:
        path.append(by_id[eid]["name"])
        eid = by_id[eid]["manager"]
    return " -> ".join(path)

print()
for eid in [1, 2, 3, 4]:
    print(f"{by_id[eid]['name']:<8} team cost ${team_cost(eid):>9,}  direct reports={len(children.get(eid, []))}")
print("deepest:", max(employees, key=lambda e: (depth(e["id"]), e["name"]))["name"])
print("chain for Dennis:", chain(8))
span = {by_id[m]["name"]: len(ks) for m, ks in children.items() if m is not None}
print("span of control:", dict(sorted(span.items())))
