import pprint

data = {"name": "report", "values": list(range(30)), "nested": {"a": [1, 2, {"deep": "x" * 30}], "b": (1, 2)}}
pprint.pprint(data)
pprint.pprint([1, 2, 3])
pprint.pprint({"b": 1, "a": 2})
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
pprint.pp({"b": 1, "a": 2})
print(pprint.pformat(data, width=40))
print(pprint.pformat(list(range(40)), compact=True))
print(pprint.pformat(list(range(40)), width=30, compact=True))
