from functools import lru_cache, reduce, partial
import operator
deps = {"app": ["lib", "utils", "log"], "lib": ["utils", "core"], "utils": ["core"], "log": ["core"], "core": []}
sizes = {"app": 120, "lib": 340, "utils": 55, "log": 20, "core": 900}
@lru_cache(maxsize=None)
def closure(pkg):
    out = {pkg}
    for d in deps[pkg]:
        out |= closure(d)
    return frozenset(out)
@lru_cache(maxsize=None)
def depth(pkg):
    return 1 + max((depth(d) for d in deps[pkg]), default=0)
for p in sorted(deps):
    total = reduce(operator.add, (sizes[x] for x in closure(p)))
    print(f"{p:<6} depth={depth(p)} deps={sorted(closure(p) - {p})} size={total}")
print(closure.cache_info(), depth.cache_info().hits)
order = sorted(deps, key=lambda p: (depth(p), p))
print("build order:", order)
fmt = partial("{:>8}|{:<8}".format)
print(fmt("left", "right"))
