from graphlib import *

ts = TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
print(list(ts.static_order()))
ts = TopologicalSorter(); ts.add("x", "y"); ts.add("y", "x")
try: ts.prepare()
except CycleError as e: print(e.args[0], sorted(e.args[1]))
ts2 = TopologicalSorter({"b": ["a"], "c": ["a"]}); ts2.prepare()
while ts2.is_active():
    ready = ts2.get_ready(); print(sorted(ready)); ts2.done(*ready)
