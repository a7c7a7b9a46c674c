# Global names shadowing builtins, string keys built at run time (equal but not
# identical to the interned names), and generator send/next through the inline paths.
def f(x):
    return len(x), isinstance(x, list)
print(f([1, 2]))
len = lambda x: "shadow"
print(f([1, 2]))
del len
print(f([1, 2]))
print(f([1]))
d = {"abc": 1, "ab" + "c" * 1: 2}
k = "".join(["a", "b", "c"])
print(d[k], d.get(k), k in d)
class C: pass
c = C()
setattr(c, "xy" + "z", 5)
print(c.xyz, getattr(c, "x" + "yz"))
g = (i for i in range(3))
print(g.send(None), next(g), [*g])
