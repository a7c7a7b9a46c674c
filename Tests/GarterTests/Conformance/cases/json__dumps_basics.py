import json
print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-12), json.dumps(3.5))
print(json.dumps("hi"), json.dumps(""), json.dumps([]), json.dumps({}), json.dumps(()), json.dumps((1, 2)))
print(json.dumps([1, "two", 3.0, None, True, [False, {}], {"k": []}]))
print(json.dumps({"name": "Ann", "tags": ["a", "b"], "score": 9.75, "active": True, "meta": None}))
print(json.dumps(10**30), json.dumps(-10**20), json.dumps(2**63), json.dumps(1.0), json.dumps(100.0))
print(json.dumps({"nested": {"deep": {"deeper": [1, [2, [3, [4]]]]}}}))
print(json.dumps("quote\" backslash\\ slash/ newline\n tab\t cr\r bs\b ff\f nul\x00 bell\x07 del\x7f"))
print(type(json.dumps([])).__name__, len(json.dumps(list(range(100)))))
