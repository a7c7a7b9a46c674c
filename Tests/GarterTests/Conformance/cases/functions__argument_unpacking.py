def point(x, y, z=0):
    return f"({x}, {y}, {z})"
coords = [1, 2]
print(point(*coords), point(*coords, 3), point(*[1, 2, 3]))
d = {"x": 5, "y": 6}
print(point(**d), point(**d, z=7), point(1, **{"y": 2}))
rows = [(1, 2, 3), (4, 5, 6)]
print([point(*r) for r in rows])
print(max(*[3, 7, 2]), min(*"bca"))
print(*range(3), *"xy", sep=",")
def kwonly(**kw):
    return kw
print(kwonly(**{"a": 1}, **{"b": 2}))
