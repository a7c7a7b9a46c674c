# Functions with free variables (closures, methods using super()) called positionally,
# with defaults, through bound methods, class instantiation and from builtins.
def outer(k):
    def add(x, y=10):
        return x + y + k
    return add

f = outer(5)
print(f(1), f(1, 2), list(map(f, [1, 2, 3])), sorted([3, 1, 2], key=f))

def counter():
    n = 0
    def bump(step=1):
        nonlocal n
        n += step
        return n
    return bump

b = counter()
print(b(), b(), b(5))

class Base:
    def __init__(self, a, b=2):
        self.a, self.b = a, b
    def total(self, extra=0):
        return self.a + self.b + extra
    @classmethod
    def make(cls, a):
        return cls(a)

class Child(Base):
    def __init__(self, a, b=3):
        super().__init__(a, b)
        self.c = a * b
    def total(self, extra=1):
        return super().total(extra) * 10
    @classmethod
    def make(cls, a):
        obj = super().make(a + 1)
        return obj

class Captured(Base):
    def __init__(self, a):
        helper = lambda: self.a
        super().__init__(a)
        self.h = helper

c = Child(4)
print(c.a, c.b, c.c, c.total(), c.total(5), Child.make(1).total())
print(Captured(7).h(), Captured(7).total())
print(list(map(Child, [1, 2])).__len__(), [Child(i).total() for i in range(3)])

try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Child()
except TypeError as e:
    print(e)

class Weird(Base):
    def total(self):
        return super().total

print(Weird(1).total()(2))

class NotFunc(Base):
    total = 5
class Below(NotFunc):
    def total(self):
        return super().total
print(Below(1).total())
