# Subscripts and unpacking on lists, tuples and dicts, including the cases the fast paths
# must hand to the general path.
xs = [10, 20, 30]
t = (1, "two", 3.0)
print(xs[0], xs[-1], xs[-3], t[1], t[-1])
for bad in (3, -4, 10**30):
    try:
        xs[bad]
    except IndexError as e:
        print("IndexError:", e)
    try:
        t[bad]
    except IndexError as e:
        print("IndexError:", e)
print(xs[True], t[False])

d = {"a": 1, "b": [2]}
print(d["a"], d["b"])
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)

class Key(str):
    pass
d2 = {Key("k"): "from subclass key"}
print(d2["k"])

class Missing(dict):
    def __missing__(self, key):
        return "default for " + key
m = Missing(x=1)
print(m["x"], m["y"])

class Weird:
    def __hash__(self):
        return hash("w")
    def __eq__(self, other):
        return other == "w"
d3 = {Weird(): "weird value"}
print(d3["w"])

a, b, c = xs
print(a, b, c)
a, b, c = t
print(a, b, c)
(p, q), r = [(1, 2), 3]
print(p, q, r)
for bad in ([1, 2], (1, 2, 3, 4), "ab"):
    try:
        a, b, c = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
first, *rest = t
print(first, rest)
(only,) = [42]
print(only)
() = []
s1, s2 = "hi"
print(s1, s2)

# The sequence is the only reference to its items.
def make():
    return ([1], [2])
u, v = make()
u.append(9)
print(u, v)

# Slot reuse: unpack into the same names repeatedly.
pairs = [(i, str(i)) for i in range(5)]
total = 0
for n, s in pairs:
    total += n + len(s)
print(total)
