import json
data = {"a": [1, 2, {"b": None}], "c": "d", "e": {}}
for seps in [(",", ":"), (", ", ": "), (";", "="), ("", "")]:
    print(repr(json.dumps(data, separators=seps)))
print(json.dumps(data, indent=2, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent=1, separators=(", ", ": ")))
print(json.dumps("x", indent=4), json.dumps(5, indent=2), json.dumps([], indent=2), json.dumps({}, sort_keys=True, indent=2))
enc = json.JSONEncoder(indent=2, sort_keys=True)
print(enc.encode({"z": [1], "a": {"y": 2, "b": 1}}), "".join(enc.iterencode([1])))
