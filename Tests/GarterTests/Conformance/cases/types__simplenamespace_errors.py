import types

def attempt(f):
    try:
        print(repr(f()))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

ns = types.SimpleNamespace(a=1)
attempt(lambda: ns.zz)
attempt(lambda: hash(ns))
attempt(lambda: types.SimpleNamespace(1))
attempt(lambda: types.SimpleNamespace({"a": 1}))
attempt(lambda: delattr(ns, "nope"))
attempt(lambda: {ns: 1})
