import types

base = {"a": 1, "b": 2}
m = types.MappingProxyType(base)
print(m, type(m))
print(m["a"], m.get("z"), m.get("z", 0), "a" in m, len(m))
print(list(m), list(m.keys()), list(m.values()), list(m.items()))
print(m == {"a": 1, "b": 2}, m.copy(), type(m.copy()))
base["c"] = 3
print(m, str(m))
print(m | {"d": 4}, {"z": 0} | m)
print(list(reversed(m)))
for k in m:
    print(k, m[k])
