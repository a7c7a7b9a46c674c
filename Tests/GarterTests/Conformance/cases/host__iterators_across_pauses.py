# --- host functions ---
def tag(x):
    return f"<{x}>"

def pair(a, b):
    return [a, b]
# --- program ---
# Builtin iterators in flight while the run pauses at a host call (and, in the snapshot
# test, is saved and restored at every pause): each must resume where it was.
t = ("a", "b", "c")
print([tag(x) for x in t])
d = {"k1": 1, "k2": 2, "k3": 3}
print([tag(k) for k in d], [tag(v) for v in d.values()], [pair(k, v) for k, v in d.items()])
s = {10, 20, 30}
print(sorted(tag(x) for x in s))
print([pair(i, x) for i, x in enumerate("xyz", 5)])
print([pair(i, x) for i, x in enumerate(["p", "q"], 2**63 - 2)])
print([pair(a, b) for a, b in zip("abc", range(10))])
print([pair(a, b) for a, b in zip(t, d.items())])
print([tag(x) for x in reversed([1, 2, 3])])
it = iter(d.items())
first = next(it)
print(first, tag(first), list(it))
z = zip([1, 2, 3], "ab")
print(next(z), tag("mid"), list(z), list(z))
e = enumerate(t)
print(next(e), tag("mid"), next(e), list(e))
import itertools
ic = itertools.islice("abc", 2)
print(list(ic), tag("after"), list(ic), type(ic).__name__, type(it).__name__, list(it))
m = map(str, [1])
print(list(m), tag("m"), list(m), type(m).__name__)
