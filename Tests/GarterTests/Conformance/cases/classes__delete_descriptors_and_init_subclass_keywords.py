class Base:
    def __init_subclass__(cls, /, required=None, **kw):
        super().__init_subclass__(**kw)
        cls.required = required
class Sub0(Base): pass
class Sub1(Base, required=1): pass
print(Sub0.required, Sub1.required)
try:
    class Sub(Base, required=1, extra=2): pass
except TypeError as e:
    print(e)
try:
    class Plain(foo=1): pass
except TypeError as e:
    print(e)
class M(type): pass
try:
    class WithMeta(metaclass=M, foo=1): pass
except TypeError as e:
    print(e)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print(e)
class Desc:
    def __get__(self, o, t=None): return "got"
    def __set__(self, o, v): print("set", v)
    def __delete__(self, o): print("deleted")
class SetOnly:
    def __get__(self, o, t=None): return "so"
    def __set__(self, o, v): pass
class H:
    d = Desc()
    s = SetOnly()
    def __init__(self): self.plain = 1
h = H(); h.d = 5; del h.d; print(h.d)
try:
    del h.s
except AttributeError as e:
    print("AttributeError", e)
del h.plain
try:
    del h.plain
except AttributeError as e:
    print(e)
class Audit(H):
    def __delattr__(self, name):
        print("audit del", name)
        super().__delattr__(name)
a = Audit(); del a.d; del a.plain
class P:
    @property
    def v(self): return 1
    @v.deleter
    def v(self): print("prop deleter")
class AP(P):
    def __delattr__(self, name):
        print("custom first", name)
        object.__delattr__(self, name)
del AP().v
class Sl:
    __slots__ = ("a",)
s = Sl(); s.a = 1; del s.a
try:
    del s.a
except AttributeError as e:
    print(e)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("meta new", sorted(kw))
        return super().__new__(mcs, name, bases, ns, **kw)
class Plugin(metaclass=Meta):
    def __init_subclass__(cls, kind="none", **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
class Csv(Plugin, kind="csv"): pass
print(Csv.kind, type(Csv).__name__)
Dyn = type("Dyn", (Plugin,), {}, kind="dyn")
print(Dyn.kind)
try:
    type("Bad", (), {}, x=1)
except TypeError as e:
    print(e)
class Sl:
    __slots__ = ("a",)
s = Sl()
try: Sl.a.__delete__(s)
except AttributeError as e: print(e)
class Sub(Sl): pass
t = Sub()
try: del t.a
except AttributeError as e: print(e)
t.b = 1; del t.b
try: del t.b
except AttributeError as e: print(e)
