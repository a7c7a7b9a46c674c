import types

m = types.MappingProxyType({"a": 1})

def attempt(f):
    try:
        print(repr(f()))
    except (TypeError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)

def setitem():
    m["b"] = 2

def delitem():
    del m["a"]

attempt(setitem)
attempt(delitem)
attempt(lambda: m.pop("a"))
attempt(lambda: m.update({}))
attempt(lambda: m["zz"])
attempt(lambda: hash(m))
attempt(lambda: types.MappingProxyType([1, 2]))
attempt(lambda: types.MappingProxyType(5))
print(m)
