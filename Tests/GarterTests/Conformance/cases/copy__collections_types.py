import copy
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple
P = namedtuple("P", "x y")
c = Counter("aabc")
dd = defaultdict(list, {"k": [1]})
od = OrderedDict([("b", 1), ("a", 2)])
dq = deque([[1], [2]], maxlen=5)
p = P([1], 2)
for obj in [c, dd, od, dq, p]:
    s = copy.copy(obj)
    d = copy.deepcopy(obj)
    print(type(s).__name__, s, type(d).__name__, d, s == obj, d == obj)
d2 = copy.deepcopy(dd)
d2["k"].append(2)
d2["new"].append(3)
print(dd, d2)
q2 = copy.deepcopy(dq)
q2[0].append(9)
print(dq, q2, q2.maxlen)
class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = "t"
m2 = copy.deepcopy(ml)
print(type(m2).__name__, m2, m2.tag, m2[1] is ml[1])
