print(dict(zip("abc", [1, 2, 3])), dict([("x", 1), ["y", 2], "zw"]), dict(((1, 2),)))
for bad in ([(1, 2, 3)], [5], [(1,)], ["abc"]):
    try: dict(bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
class M:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k * 2
print(dict(M()))
d = {}
d.update(zip([1, 2], [3, 4])); d.update([(5, 6)]); print(d)
print(list(map(lambda a, b: a + b, [1, 2], [3, 4])), list(zip([1, 2, 3], "ab")))
print(dict(zip([1, 2], [3, 4], strict=True)))
try: dict(zip([1, 2], [3], strict=True))
except ValueError as e: print(e)
