# Property reads: the getter runs for every read (also in a loop at one site), data
# descriptors win over the instance dict, AttributeError from a getter goes to __getattr__,
# classes changed while their properties are being read, polymorphic read sites.

class Temperature:
    def __init__(self, celsius):
        self._c = celsius
        self.reads = 0
    @property
    def fahrenheit(self):
        self.reads += 1
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, value):
        self._c = (value - 32) * 5 / 9

t = Temperature(100)
total = 0
for i in range(5):
    total += t.fahrenheit
print(total, t.reads)
t.fahrenheit = 32
print(t._c, t.fahrenheit)
t.__dict__["fahrenheit"] = "shadow"
print(t.fahrenheit, t.__dict__["fahrenheit"])

class Proxy:
    @property
    def missing(self):
        raise AttributeError("inner")
    @property
    def broken(self):
        raise KeyError("k")
    def __getattr__(self, name):
        return "fallback " + name

p = Proxy()
print(p.missing, p.other)
try:
    p.broken
except KeyError as e:
    print("KeyError", e)

class Plain:
    @property
    def missing(self):
        raise AttributeError("no fallback")

try:
    Plain().missing
except AttributeError as e:
    print("AttributeError:", e)

class Late:
    @property
    def value(self):
        return 1

late = Late()
print([late.value for _ in range(3)])
Late.__getattr__ = lambda self, name: "late " + name
Late.value = property(lambda self: (_ for _ in ()).throw(AttributeError("x")))
print(late.value)
del Late.__getattr__
Late.value = property(lambda self: 42)
print(late.value)

class SelfChanging:
    @property
    def x(self):
        SelfChanging.x = 7
        return "first"

s = SelfChanging()
print([s.x for _ in range(3)])

class Base:
    @property
    def name(self):
        return "base:" + type(self).__name__

class Child(Base):
    pass

class Override(Base):
    name = "plain class attribute"

class WithDict:
    def __init__(self):
        self.name = "instance attribute"

def names(objs):
    return [o.name for o in objs]

print(names([Base(), Child(), Override(), WithDict(), Base(), WithDict()]))

class WithDefault:
    @property
    def d(self, extra=5):
        return extra

print(WithDefault().d)

class Deep:
    def __init__(self, n):
        self.n = n
    @property
    def depth(self):
        return 0 if self.n == 0 else 1 + Deep(self.n - 1).depth

print(Deep(50).depth)

class Forever:
    @property
    def x(self):
        return self.x

try:
    Forever().x
except RecursionError as e:
    print("RecursionError:", e)

class Counter:
    count = 0
    @property
    def next(self):
        Counter.count += 1
        return Counter.count

c = Counter()
print(c.next + c.next * c.next, [c.next for _ in range(3)])
