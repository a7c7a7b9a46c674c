import json
vals = [0.1, 0.1 + 0.2, 1e16, 1.5e-7, 123456789.0, -0.0, 1e300 * 10, -1e300 * 10, float("nan"), 2.5e-320, 1 / 3, 1e22, 12345678901234567890.0]
print(json.dumps(vals))
print(json.loads(json.dumps(vals[:8])))
print(json.dumps({1.5: "a", float("inf"): "b", 2.0: "c"}))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({float("inf"): 1}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.loads("[1.0, 1e5, 1E-3, -0.5, 0.0, 2.50, 1e400, -1e400]"))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads('123456789012345678901234567890'), json.loads('-0'), json.loads('1.7976931348623157e308'))
