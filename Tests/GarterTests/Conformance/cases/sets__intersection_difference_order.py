# Set intersection and difference: iteration order of the result (CPython's table order),
# result types for set/frozenset mixes, keys with their own __eq__/__hash__, and the
# operator and method spellings.
a = {5, 3, 8, 1, 9, 2, 7, 4, 6, 0}
b = {3, 4, 5, 10, 11, 12}
print(a & b, b & a, a - b, b - a, a & set(), set() - a)
print(list({"x", "y", "z"} & {"z", "y"}) == list({"z", "y"} & {"x", "y", "z"}))
print(sorted({"x", "y", "z"} & {"z", "y", "q"}))
fa = frozenset(a)
print(type(fa & b).__name__, type(b & fa).__name__, type(fa - b).__name__, type(b - fa).__name__)
print(a.intersection(b, {4, 5}), a.difference(b, {0}), a.intersection(range(3)), a.difference([1, 2]))
s = {1, 2, 3}
print(s & s, s - s, (s & s) is s)

class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return "Key(%s)" % self.name

left = {Key("a", 1), Key("b", 2), Key("c", 1)}
right = {Key("a", 1), Key("d", 2)}
print(sorted(k.name for k in left & right))
print(sorted(k.name for k in left - right))
big = set(range(1000))
print(len(big & set(range(500, 1500))), len(big - set(range(10))), sum(big & {1, 10, 100, 1000}))
try:
    {1} & [1]
except TypeError as e:
    print("TypeError:", e)
