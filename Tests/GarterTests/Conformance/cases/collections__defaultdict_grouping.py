from collections import defaultdict
orders = [("ann", "book", 12.5), ("bob", "pen", 1.2), ("ann", "pen", 1.2), ("cy", "book", 12.5),
          ("bob", "lamp", 30.0), ("ann", "lamp", 28.0), ("cy", "pen", 1.5)]
by_customer = defaultdict(list)
totals = defaultdict(float)
counts = defaultdict(int)
nested = defaultdict(lambda: defaultdict(int))
for who, item, price in orders:
    by_customer[who].append(item)
    totals[who] += price
    counts[item] += 1
    nested[who][item] += 1
print(by_customer)
print(dict(totals), dict(counts))
for who in sorted(nested):
    print(who, dict(nested[who]))
print(counts["missing"], "missing" in counts, len(counts))
s = defaultdict(set)
for who, item, _ in orders:
    s[item].add(who)
print({k: sorted(v) for k, v in sorted(s.items())})
d = defaultdict(None, {"a": 1})
print(d, d.default_factory, d.get("zz"), repr(defaultdict(str)), defaultdict(list, a=[1]))
print(d.copy(), type(d.copy()).__name__, isinstance(d, dict))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
import json
print(json.dumps(t))
