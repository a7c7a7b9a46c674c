from collections import OrderedDict

class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()
    def get(self, k):
        if k not in self.data:
            return None
        self.data.move_to_end(k)
        return self.data[k]
    def put(self, k, v):
        if k in self.data:
            self.data.move_to_end(k)
        self.data[k] = v
        if len(self.data) > self.cap:
            old = self.data.popitem(last=False)
            print("evict", old)

cache = LRU(3)
for k in "abcadeab":
    if cache.get(k) is None:
        cache.put(k, k.upper())
    print(k, list(cache.data))
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x")
od.move_to_end("z", last=False)
print(od, od.popitem(), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(), repr(OrderedDict([(1, 2)])), list(reversed(OrderedDict(a=1, b=2))))
o2 = OrderedDict(a=1) | {"b": 2}
print(o2, type(o2).__name__)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict(a=1).move_to_end("q")
except KeyError as e:
    print("KeyError", e)
