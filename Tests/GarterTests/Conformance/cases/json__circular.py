import json
a = [1, 2]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {"k": 1}
d["self"] = d
try:
    json.dumps(d, indent=2)
except ValueError as e:
    print("ValueError:", e)
shared = [1, 2]
print(json.dumps({"a": shared, "b": shared}))
print(json.dumps([shared, shared, [shared]]))
