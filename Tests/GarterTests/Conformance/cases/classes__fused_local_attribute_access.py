# A local followed by an attribute load, method load or attribute store runs as one fused
# instruction with a fast path for plain instances; every other receiver falls back to the
# general attribute protocol. These cases exercise both paths and the jump targets between.
import math


class Plain:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


class WithProperty:
    def __init__(self):
        self._v = 3

    @property
    def v(self):
        return self._v * 2

    @v.setter
    def v(self, value):
        self._v = value


class WithGetattr:
    def __getattr__(self, name):
        return "dyn:" + name


class WithSetattr:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)


class Slotted:
    __slots__ = ("a",)


class Shadow:
    def m(self):
        return "class m"


def reads(p, w, g, s, m, lst, text, n):
    out = [p.x, p.get(), w.v, g.anything, s.__class__.__name__, m.pi > 3, lst.count(1), text.upper(), n.real, n.bit_length()]
    w.v = 7
    out.append(w.v)
    s2 = WithSetattr()
    s2.y = 4
    out.append(s2.y)
    sl = Slotted()
    sl.a = 5
    out.append(sl.a)
    try:
        sl.b = 1
    except AttributeError as e:
        out.append(str(e))
    sh = Shadow()
    sh.m = lambda: "instance m"
    out.append(sh.m())
    return out


def conditional(a, b, flag):
    # The attribute load is a jump target: one branch's local is fused with it, the other not.
    return (a if flag else b).x


def missing(p):
    try:
        return p.nope
    except AttributeError as e:
        return str(e)


def missing_method(p):
    try:
        return p.nope()
    except AttributeError as e:
        return str(e)


def store_on_none(n):
    try:
        n.x = 1
    except AttributeError as e:
        return str(e)


def class_attribute_changes(p):
    seen = []
    for i in range(3):
        seen.append(p.get())
        if i == 0:
            Plain.get = lambda self: "patched"
    return seen


print(reads(Plain(1), WithProperty(), WithGetattr(), Shadow(), math, [1, 1, 2], "abc", 12))
print(conditional(Plain("a"), Plain("b"), True), conditional(Plain("a"), Plain("b"), False))
print(missing(Plain(1)), "|", missing_method(Plain(1)), "|", store_on_none(None))
print(class_attribute_changes(Plain(9)))


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self


def loop():
    c = Counter()
    for _ in range(1000):
        c.bump().bump()
    c.n -= 1
    return c.n


print(loop())


def reassigned_during_call():
    # The running function object is dropped from its class while it runs.
    class K:
        def f(self, depth):
            if depth == 0:
                del K.f
                return "deleted"
            return self.f(depth - 1) + "!"

    return K().f(2)


print(reassigned_during_call())


def rebinding_global():
    global g
    def g(n):
        global g
        g = None
        return n * 2
    return g(21)


print(rebinding_global())
