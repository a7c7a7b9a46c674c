before = {
    "users": {"u1": {"name": "Ann", "role": "admin"}, "u2": {"name": "Bob", "role": "dev"}, "u3": {"name": "Cy", "role": "dev"}},
    "settings": {"theme": "dark", "lang": "en", "beta": False},
    "tags": ["alpha", "beta", "gamma"],
}
after = {
    "users": {"u1": {"name": "Ann", "role": "owner"}, "u3": {"name": "Cy", "role": "dev"}, "u4": {"name": "Dee", "role": "qa"}},
    "settings": {"theme": "light", "lang": "en", "beta": True, "tz": "UTC"},
    "tags": ["alpha", "gamma", "delta"],
}

def diff(a, b, path=""):
    changes = []
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            p = f"{path}/{k}"
            if k not in b:
                changes.append(("removed", p, a[k], None))
            elif k not in a:
                changes.append(("added", p, None, b[k]))
            else:
                changes.extend(diff(a[k], b[k], p))
    elif isinstance(a, list) and isinstance(b, list):
        for item in a:
            if item not in b:
                changes.append(("removed", f"{path}[]", item, None))
        for item in b:
            if item not in a:
                changes.append(("added", f"{path}[]", None, item))
    elif a != b:
        changes.append(("changed", path, a, b))
    return changes

changes = diff(before, after)
symbols = {"added": "+", "removed": "-", "changed": "~"}
for kind, path, old, new in changes:
    if kind == "changed":
        print(f"{symbols[kind]} {path}: {old!r} -> {new!r}")
    elif kind == "added":
        print(f"{symbols[kind]} {path}: {new!r}")
    else:
        print(f"{symbols[kind]} {path}: {old!r}")
counts = {}
for kind, *_ in changes:
    counts[kind] = counts.get(kind, 0) + 1
print("summary:", ", ".join(f"{k}={counts.get(k, 0)}" for k in ("added", "removed", "changed")))
touched_sections = sorted({p.split("/")[1] for _, p, _, _ in changes})
print("sections touched:", touched_sections)
print("identical to itself:", diff(after, after) == [])
