from collections import deque
import copy
d = deque([1, 2, 3])
d.append(d)
print(d)
e = deque([1, [2]], maxlen=3)
print(e == deque([1, [2]]), e == [1, [2]], deque("abc", 2), deque(maxlen=2) * 3, deque([1, 2]) * 0)
f = copy.deepcopy(e); f[1].append(3); print(e, f, f.maxlen)
print(type(e), deque, deque.__name__, isinstance(e, deque), len(e), bool(deque()))
for bad in [lambda: e[1:2], lambda: hash(e), lambda: e["x"], lambda: deque([1]) < [1], lambda: deque(maxlen="x"), lambda: e.index(9), lambda: deque() + 1]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
g = deque(range(10))
print(g.index(5, 2, 8), g.count(3), list(reversed(g))[:3], g[-1], 3 in g, sorted(g, reverse=True)[:2], sum(g), max(g))
del g[-1]; del g[0]; print(g)
g.rotate(-2); print(g); g.clear(); print(g, len(g))
h = deque([1]); h += [2, 3]; h *= 2; print(h)
a, b = deque([1, 2]); print(a, b)
x = deque(); x.extendleft("abc"); print(x, x.popleft(), x.pop())
