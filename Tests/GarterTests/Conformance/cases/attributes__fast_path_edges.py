# Attribute loads, stores and method calls on plain instances, with every way a class can
# take over an access after instances were already used (caches must notice).
class Base:
    kind = "base"
    def who(self):
        return "Base.who"

class C(Base):
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

c = C(1)
for _ in range(3):
    c.x = c.x + 1
    print(c.get(), c.x, c.kind, c.who())

# A plain class value is shadowed by the instance dict.
c.kind = "instance"
print(c.kind, C.kind)
# An instance attribute shadows a method.
c.who = lambda: "instance lambda"
print(c.who())
del c.who
print(c.who())

# A property added later wins over the instance dict.
C.x = property(lambda self: "property x")
print(c.x)
try:
    c.x = 5
except AttributeError as e:
    print("AttributeError:", e)
del C.x
print(c.x)

# A method replaced on the base class reaches subclass instances.
Base.who = lambda self: "new Base.who"
print(c.who())

# __setattr__ and __getattribute__ added after use.
def tracing_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)
C.__setattr__ = tracing_setattr
c.y = 10
print(c.y)
del C.__setattr__
c.y = 11
print(c.y)

def loud_getattribute(self, name):
    if name == "y":
        return "intercepted"
    return object.__getattribute__(self, name)
C.__getattribute__ = loud_getattribute
print(c.y, c.get())
del C.__getattribute__
print(c.y)

# __getattr__ fallback for missing names.
class D:
    def __getattr__(self, name):
        return "missing " + name
d = D()
d.present = 1
print(d.present, d.absent)

# __class__ in the instance dict never hides the class.
class E:
    pass
e = E()
e.__dict__["__class__"] = "fake"
print(e.__class__.__name__, e.__dict__["__class__"])

# Non-data descriptor defined in Python vs data descriptor.
class NonData:
    def __get__(self, obj, owner):
        return "nondata"
class Data:
    def __get__(self, obj, owner):
        return "data"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class F:
    nd = NonData()
    dd = Data()
f = F()
print(f.nd, f.dd)
f.__dict__["nd"] = "instance nd"
f.__dict__["dd"] = "instance dd"
print(f.nd, f.dd)
f.dd = 3

# __slots__ classes refuse unknown names.
class S:
    __slots__ = ("a",)
s = S()
s.a = 1
print(s.a)
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)

# Exception instances keep their special attributes.
err = ValueError("boom")
err.note = "n"
print(err.args, err.note)
err.args = ("changed",)
print(err.args, str(err))

# Class-level counters updated through instances.
class Counter:
    count = 0
    def bump(self):
        self.count += 1
        return self.count
k = Counter()
print(k.bump(), k.bump(), Counter.count)

# Missing attributes still raise CPython's error.
try:
    c.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.nope()
except AttributeError as e:
    print("AttributeError:", e)

# Property names come from the class body (__set_name__), not from the getter.
class G:
    z = property(lambda self: 1)
    @property
    def w(self):
        return 2
for attr in ("z", "w"):
    for action in ("set", "delete"):
        try:
            if action == "set":
                setattr(G(), attr, 0)
            else:
                delattr(G(), attr)
        except AttributeError as e:
            print("AttributeError:", e)
