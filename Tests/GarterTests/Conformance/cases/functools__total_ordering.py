from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, Version("2.0") >= Version("2.0"))
@total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, r):
        self.r = r
    def __eq__(self, o):
        return self.r == o.r
    def __gt__(self, o):
        return self.order.index(self.r) > self.order.index(o.r)
print(Card("K") < Card("A"), Card("2") >= Card("3"), Card("T") <= Card("T"), [c.r for c in sorted(map(Card, "KA29T"))])
try:
    @total_ordering
    class Nope:
        pass
except ValueError as e:
    print("ValueError:", e)
