# dict() from pairs, zips, mappings and objects with keys(); its error messages.
header = ["id", "name", "score"]
rows = ["1,ann,3.5", "2,bob,4"]
for line in rows:
    print(dict(zip(header, line.split(","))))
print(dict([("a", 1), ["b", 2]], c=3))
print(dict({"x": 1}, y=2))

class KeysOnly:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()
print(dict(KeysOnly()))

class Dynamic:
    def __getattr__(self, name):
        if name == "keys":
            return lambda: ["dyn"]
        raise AttributeError(name)
    def __getitem__(self, key):
        return 42
print(dict(Dynamic()))

for bad in ([1, 2], [("a",)], 5, [("a", 1, 2)]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
d = {}
d.update(zip("abc", range(3)))
print(d)
