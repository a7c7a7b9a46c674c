import json
from collections import Counter, OrderedDict, defaultdict, namedtuple, deque

Pt = namedtuple("Pt", "x y")
data = {"counter": Counter("aab"), "od": OrderedDict([("z", 1), ("a", 2)]), "dd": defaultdict(int, {"k": 5}),
        "pt": Pt(1, 2), "pts": [Pt(0, 0)], "tuple": (1, (2, 3))}
print(json.dumps(data))
print(json.dumps(data, indent=1, sort_keys=True))
try:
    json.dumps(deque([1, 2]))
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(list(deque([1, 2]))))
