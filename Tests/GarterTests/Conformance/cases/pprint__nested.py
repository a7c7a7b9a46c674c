import pprint

records = [
    {"id": i, "name": f"user{i}", "tags": ["alpha", "beta", "gamma"][: i % 4], "score": i * 1.5}
    for i in range(5)
]
pprint.pprint(records)
pprint.pprint(records, width=60, indent=2)
tree = {"root": {"left": {"left": None, "right": [1, 2, 3]}, "right": {"value": (4, 5, 6), "items": set(range(12))}}}
pprint.pprint(tree, width=50)
pprint.pprint(tree, depth=2)
pprint.pprint(((1, 2), [(3, 4)] * 8, "end"), width=30)
