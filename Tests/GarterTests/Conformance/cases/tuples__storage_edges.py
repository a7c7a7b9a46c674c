# Tuples keep their items in storage of their own: building, slicing, repeating,
# concatenating (an empty operand gives the other exact tuple back), hashing, comparing,
# unpacking, *args, deep nesting and the tuple-returning builtins.
t = (1, "a", [2], (3, 4))
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2], t[5:], t[:], t[:] is t, t * 2, t * 1 is t, t * 0, t + (5,), () + t is t, t + () is t)
class T(tuple): pass
u = T((1, 2))
print(type(u * 1), type(u[:]), u * 1 is u, type(u + ()), u == (1, 2))
print(hash((1, 2, 3)) == hash((1, 2, 3)), (1, 2) < (1, 3), (1, 2) == (1, 2.0), sorted([(2, "b"), (1, "z"), (2, "a")]))
a, b, *c = (1, 2, 3, 4); print(a, b, c)
def f(*args, **kw): return args, kw
print(f(1, 2, 3), f(*(4, 5)), f())
print(divmod(7, 2), divmod(-7, 2.5), tuple(range(5)), tuple("abc"), list((1, 2)), (1, 2).index(2), (1, 1, 2).count(1))
print(dict([(1, 2), (3, 4)]), {(1, 2): "x"}[(1, 2)], 3 in (1, 2, 3), "%s-%s" % ("a", "b"))
x = ()
for i in range(100000): x = (x,)
print(len(x))
del x
print(repr((1,)), repr(()), str((1, "s")), max((3, 1, 2)), sum((1, 2, 3)), any(()), (1, 2)[1:1])
print(tuple(reversed((1, 2, 3))), list(zip((1, 2), (3, 4))), list(enumerate((5, 6))), [*(1, 2), *(3,)])
import itertools
print(list(itertools.product((1, 2), repeat=2)), list(itertools.combinations((1, 2, 3), 2)))
print(isinstance(1, (int, str)), issubclass(bool, (str, int)))
try:
    (1, 2)[5]
except IndexError as e: print(e)
try:
    raise ValueError("x")
except (TypeError, ValueError) as e: print(repr(e))
print(sorted([{"k": (2, 1)}, {"k": (1, 9)}], key=lambda r: r["k"]))
import json
print(json.dumps((1, (2, 3))), "-".join(("a", "b")), " ".join(t for t in ("x", "y")))
