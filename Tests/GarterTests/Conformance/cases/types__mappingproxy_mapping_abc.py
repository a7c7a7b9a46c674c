import pprint, types, collections.abc as abc, copy, json
m = types.MappingProxyType({"b": list(range(30)), "a": {"x": 1}})
pprint.pprint(m)
print(isinstance(m, abc.Mapping), isinstance(m, dict), isinstance(m, abc.MutableMapping), dict(m) == {"b": list(range(30)), "a": {"x": 1}})
print(json.dumps(dict(m))[:20], {**m}["a"], list(m.items())[1], sorted(m), m == m, m.get("a"))
try:
    json.dumps(m)
except TypeError as e:
    print(e)
try:
    copy.copy(m)
except TypeError as e:
    print(e)
class A:
    x = 1
print(type(A.__dict__) is types.MappingProxyType, "x" in vars(A), vars(A)["x"], A.__dict__.get("y", 0))
print(isinstance(m, abc.Reversible), isinstance(m, abc.Collection), isinstance(A.__dict__, abc.Mapping))
