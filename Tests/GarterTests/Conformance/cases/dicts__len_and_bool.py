d = {}
print(len(d), bool(d), not d)
d[None] = None
print(len(d), bool(d), d)
d.pop(None)
print(len(d), d == {})
