import json
d = {1: "int", 2.5: "float", True: "bool", None: "none", "s": "str", -3: "neg", 10**20: "big"}
print(json.dumps(d))
print(json.dumps({False: 0, 0.0: 1}))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "tuple", "ok": 1}, skipkeys=True))
print(json.dumps({"b": 1, "a": 2, "c": 3}, sort_keys=True))
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
print(json.loads(json.dumps({1: 2, 3: 4})))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
