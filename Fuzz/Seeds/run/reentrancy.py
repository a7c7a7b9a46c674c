# Python callbacks (__eq__, __hash__, key functions, __missing__) that change the container
# a builtin is walking: the builtins must notice, or at least stay in bounds.
import collections
armed = False
victims = []
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o):
        if armed:
            for v in victims:
                v.clear()
        return False
def keys(n): return [K(i) for i in range(n)]
def attempt(f):
    global armed
    armed = True
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
    armed = False
    victims.clear()
d = {k: 1 for k in keys(6)}; victims.append(d)
attempt(lambda: len({K(9)} | set(d)))
d = {k: 1 for k in keys(6)}; victims.append(d)
attempt(lambda: (K(9) in d, d.get(K(9)), d.pop(K(9), 0), len(d)))
d = {k: 1 for k in keys(6)}; e = {k: 2 for k in keys(3)}; victims.append(d)
attempt(lambda: (e.update(d), len(e), d == e))
t = set(keys(6)); s = {K(9)}; victims.append(t)
attempt(lambda: (s.update(t), len(s), len(s | t), len(s & t), len(s ^ t)))
l = keys(8); victims.append(l)
attempt(lambda: (K(9) in l, l.count(K(1)), l.index(K(2))))
q = collections.deque(keys(8)); victims.append(q)
attempt(lambda: (K(9) in q, q.count(K(1))))
od = collections.OrderedDict((k, 1) for k in keys(5)); victims.append(od)
attempt(lambda: od.move_to_end(K(9)))
c = collections.Counter(keys(5)); victims.append(c)
attempt(lambda: (c.update(keys(3)), len(c)))
m = list(range(30))
attempt(lambda: m.sort(key=lambda x: (m.clear(), m.extend(range(40)), -x)[2]))
class D(dict):
    def __missing__(self, k):
        self.clear()
        for i in range(40): self[i] = i
        return 0
attempt(lambda: (D({i: i for i in range(10)})["x"]))
d = {i: i for i in range(20)}
it = iter(d.items()); next(it)
for i in range(20): del d[i]
for i in range(20): d[i] = -i
attempt(lambda: list(it)[:3])
class A:
    x = 1
    def m(self): return self.x
class B(A): pass
b = B()
for i in range(50):
    b.m(); b.y = i; b.x
    setattr(A, "a%d" % i, i)
    if i % 7 == 0:
        del A.x
        A.x = i
attempt(lambda: (b.m(), b.x, b.y))
def ga(self, n):
    del A.__getattribute__
    return 5
A.__getattribute__ = ga
attempt(lambda: (b.x, b.x, b.m()))
def f():
    global f
    f = None
    for i in range(50): globals()["v%d" % i] = i
    return v5
attempt(f)
