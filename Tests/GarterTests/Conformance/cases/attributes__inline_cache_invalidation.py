# The dispatch loop's per-instruction attribute cache: every change that must be seen
# through a cached `obj.name`, `obj.name(...)` or `obj.name = v` is made between two runs
# of the same instructions.


def read(o):
    return o.x


def call(o):
    return o.m()


def write(o, v):
    o.x = v


class A:
    def __init__(self, x):
        self.x = x

    def m(self):
        return "A.m"


a1, a2 = A(1), A(2)
print(read(a1), read(a2), call(a1), call(a2))

# A property added to the class afterwards wins over the instance dict.
A.x = property(lambda self: "prop")
print(read(a1), call(a1))
try:
    write(a1, 5)
except AttributeError as e:
    print("AttributeError:", e)
del A.x
print(read(a1), read(a2))

# A method replaced on the class, then shadowed by the instance, then unshadowed.
A.m = lambda self: "new m"
print(call(a1))
a1.m = lambda: "instance m"
print(call(a1), call(a2))
del a1.m
print(call(a1))

# The instance's class changes.
class B:
    def m(self):
        return "B.m"
a2.__class__ = B
print(read(a2), call(a2))
a2.__class__ = A

# A base class gains a __getattribute__ and a __setattr__.
class Base:
    pass
class C(Base):
    def __init__(self):
        self.x = 10
    def m(self):
        return "C.m"
c = C()
print(read(c), call(c))
Base.__getattribute__ = lambda self, name: "intercepted " + name
print(read(c), call.__name__)
del Base.__getattribute__
print(read(c), call(c))
log = []
def logged(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)
Base.__setattr__ = logged
write(c, 11)
print(read(c), log)
del Base.__setattr__
write(c, 12)
print(read(c), log)

# Attribute order differs between instances: the remembered dict position is wrong.
class D:
    pass
d1, d2 = D(), D()
d1.x, d1.y = 1, 2
d2.y, d2.x = 3, 4
for o in (d1, d2, d1, d2):
    print(read(o), end=" ")
print()
del d1.x
d1.z = 9
d1.x = 7
print(read(d1), read(d2), sorted(vars(d1)))
try:
    read(D())
except AttributeError as e:
    print("AttributeError:", e)

# A class attribute of a plain value, hidden and then revealed.
class E:
    x = "class x"
e = E()
print(read(e))
write(e, "inst x")
print(read(e))
del e.x
print(read(e))
E.x = "class x 2"
print(read(e))

# Many classes through the same instructions (entries replaced and refilled).
classes = [type("K%d" % i, (), {"m": (lambda i: lambda self: i)(i)}) for i in range(40)]
objs = [k() for k in classes]
for i, o in enumerate(objs):
    write(o, i * i)
print(sum(read(o) for o in objs), sum(call(o) for o in objs))

# Exceptions keep their special attributes apart from the dict.
class Err(Exception):
    pass
err = Err("boom")
write(err, 3)
print(read(err), err.args)

# __slots__ classes are never stored through the dict.
class S:
    __slots__ = ("x",)
s = S()
write(s, 1)
print(read(s))
try:
    s.y = 2
except AttributeError as ex:
    print("AttributeError:", ex)

# A class's __module__ changed after creation, read through an instance.
class M:
    pass
m = M()
print(m.__module__)
M.__module__ = "elsewhere"
print(m.__module__)
