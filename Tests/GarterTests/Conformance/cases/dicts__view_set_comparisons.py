# Keys and items views compare with sets and with each other as sets (by length, then
# membership, so unhashable values work); values views are not set-like.
x = {"a": 1, "b": 2}
print(x.keys() >= {"a"}, x.keys() <= {"a", "b", "c"}, x.keys() < {"a"}, x.keys() > {"a"}, x.keys() == {"a", "b"}, x.keys() != {"a"})
print(x.items() >= {("a", 1)}, x.items() <= {("a", 1)}, x.items() == {("a", 1), ("b", 2)}, x.items() < {("a", 1), ("b", 2), 3})
print(x.keys() == x.keys(), x.keys() >= x.keys(), {"a"} <= x.keys(), {("a", 1)} < x.items())
print(x.keys().isdisjoint({"z"}), x.items().isdisjoint([("a", 1)]), x.keys() - {"a"}, x.items() ^ {("a", 1)})
try:
    print(x.values() == x.values())
    x.keys() < 3
except TypeError as e: print(e)
y = {"a": [1], "b": {"c": 2}}
print(y.items() == {"a": [1], "b": {"c": 2}}.items(), y.items() <= {"a": [1], "b": {"c": 2}, "z": 0}.items(), y.items() > {"a": [1]}.items())
print({"a"} <= x.keys(), {"a", "q"} <= x.keys(), frozenset({("a", 1)}) < x.items(), x.keys() == ["a", "b"], x.items() != {("a", 1)})
print(x.values() == x.values(), x.keys() == {"a": 0, "b": 0}.keys(), {}.keys() == set(), {}.items() < {1})
try:
    x.values() < {1}
except TypeError as e: print(e)
try:
    x.keys() < [1]
except TypeError as e: print(e)
