import pprint

pprint.pprint(set(range(30)))
pprint.pprint(frozenset(range(30)))
pprint.pprint({3, 1, 2})
pprint.pprint(set())
pprint.pprint((1,))
pprint.pprint(tuple(range(40)))
pprint.pprint([(i, str(i) * 5) for i in range(8)], width=40)
pprint.pprint({"mixed": [1, "a", None, 2.5, True]})
pprint.pprint({1: "int", "a": "str", (1, 2): "tuple"})
