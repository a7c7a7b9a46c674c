from collections import defaultdict
d = defaultdict(None)
d["a"] = 1
print(d["a"])
print(d["b"])
