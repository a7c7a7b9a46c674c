a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
c = a.copy()
c |= b
print(c, a)
c |= [("q", 0)]
print(c)
print({**a, **b, "extra": True})
print(dict(a, y=99, w=0))
merged = {}
for src in (a, b, {"x": -1}):
    merged.update(src)
print(merged)
