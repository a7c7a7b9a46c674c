# __slots__ restrict instance attributes; instances have no __dict__.
import copy


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
p.x = 10
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(p, '__dict__'), Point.__slots__)


class Point3(Point):
    __slots__ = ('z',)


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Point):
    pass


r = Loose(1, 2)
r.anything = 5
print(r.anything)


class WithDict:
    __slots__ = ('a', '__dict__')


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)


class Private:
    __slots__ = ('__secret', 'name')

    def __init__(self):
        self.__secret = 42
        self.name = 'p'

    def reveal(self):
        return self.__secret


print(Private().reveal())


class Single:
    __slots__ = 'only'


s = Single()
s.only = 1
try:
    s.other = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__setattr__(s, 'other', 2)
except AttributeError as e:
    print("AttributeError:", e)

try:
    class Conflict:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print("ValueError:", e)

try:
    class BadSlot:
        __slots__ = ('1x',)
except TypeError as e:
    print("TypeError:", e)

try:
    class BadSlot2:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)

# unset slot
try:
    Point.__new__(Point).x
except AttributeError as e:
    print("AttributeError:", e)

c = copy.copy(q)
d = copy.deepcopy(Point([1], [2]))
print(c.x, c.y, c.z, d.x, d.y)


class Frozen:
    __slots__ = ('v',)

    def __init__(self, v):
        object.__setattr__(self, 'v', v)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")


f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e)
