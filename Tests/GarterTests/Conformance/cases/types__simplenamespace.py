import types

ns = types.SimpleNamespace(b=2, a=1)
print(ns, repr(ns))
print(ns.a, ns.b)
ns.c = [1, 2]
print(ns, vars(ns))
del ns.b
print(ns)
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
print(types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2))
print(types.SimpleNamespace(a=1) == {"a": 1})
print(types.SimpleNamespace(), types.SimpleNamespace(**{"x y": 1}))
ns.self = ns
print(ns)
print(types.SimpleNamespace, type(ns).__name__)
print(isinstance(ns, types.SimpleNamespace))
class Config(types.SimpleNamespace):
    pass
c = Config(debug=True, level=3)
print(c, c == types.SimpleNamespace(debug=True, level=3))
print(getattr(c, "missing", "default"), hasattr(c, "debug"))
