payload = {
    "user": {"id": 42, "name": "Ann", "tags": ["admin", "beta"], "address": {"city": "Oslo", "zip": "0150"}},
    "orders": [{"id": 1, "total": 9.99}, {"id": 2, "total": 25.0, "coupon": None}],
    "active": True,
    "meta": {},
    "scores": [],
}

def flatten(obj, prefix="", out=None):
    if out is None:
        out = {}
    if isinstance(obj, dict):
        if not obj and prefix:
            out[prefix] = {}
        for k, v in obj.items():
            flatten(v, f"{prefix}.{k}" if prefix else k, out)
    elif isinstance(obj, list):
        if not obj:
            out[prefix] = []
        for i, v in enumerate(obj):
            flatten(v, f"{prefix}[{i}]", out)
    else:
        out[prefix] = obj
    return out

flat = flatten(payload)
for k, v in flat.items():
    print(f"{k:<24} = {v!r}")

def unflatten_simple(flat):
    root = {}
    for key, value in flat.items():
        if "[" in key:
            continue
        parts = key.split(".")
        cur = root
        for p in parts[:-1]:
            cur = cur.setdefault(p, {})
        cur[parts[-1]] = value
    return root

print()
print(unflatten_simple(flat))

def count_leaves(obj):
    if isinstance(obj, dict):
        return sum(count_leaves(v) for v in obj.values())
    if isinstance(obj, list):
        return sum(count_leaves(v) for v in obj)
    return 1

def max_depth(obj):
    if isinstance(obj, (dict, list)):
        vals = obj.values() if isinstance(obj, dict) else obj
        return 1 + max((max_depth(v) for v in vals), default=0)
    return 0

print("leaves:", count_leaves(payload), "depth:", max_depth(payload), "flat keys:", len(flat))
print("types:", sorted({type(v).__name__ for v in flat.values()}))
