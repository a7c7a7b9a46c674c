import copy
import json
state = {"version": 1, "users": [{"id": 1, "roles": ["admin"]}, {"id": 2, "roles": []}], "settings": {"theme": "dark", "flags": {"beta": True}}}
history = []
def apply(change):
    history.append(copy.deepcopy(state))
    change(state)
apply(lambda s: s["users"][1]["roles"].append("editor"))
apply(lambda s: s["settings"]["flags"].update(beta=False, new_ui=True))
apply(lambda s: s.update(version=2))
for i, snap in enumerate(history):
    print(i, json.dumps(snap, sort_keys=True))
print("now", json.dumps(state, sort_keys=True))
def diff(a, b, path=""):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            yield from diff(a.get(k), b.get(k), f"{path}.{k}")
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            yield from diff(x, y, f"{path}[{i}]")
    elif a != b:
        yield f"{path}: {a!r} -> {b!r}"
for line in diff(history[0], state):
    print(line)
state = history.pop()
print("undo ->", state["version"], len(history))
