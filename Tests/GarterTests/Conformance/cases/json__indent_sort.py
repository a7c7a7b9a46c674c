import json
data = {"zeta": 1, "alpha": [1, 2, {"y": None, "x": [True, False]}], "mid": {"b": {}, "a": []}, "empty": ""}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent="--"))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps(data, indent=2, separators=(", ", " = ")))
print(json.dumps([[]], indent=3), json.dumps([{}], indent=1))
print(json.dumps({"a": [1, 2]}, indent=-1))
