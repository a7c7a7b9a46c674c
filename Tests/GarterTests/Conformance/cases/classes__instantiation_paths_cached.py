class A: pass
try:
    A(1)
except TypeError as e: print(e)
class E(Exception): pass
e = E(1, 2)
print(e.args, repr(e), str(e))
try:
    E(x=1)
except TypeError as e: print(e)
class B:
    def __init__(self, x): self.x = x
b = B(3); print(b.x)
def init2(self, y): self.y = y * 2
B.__init__ = init2
print(B(5).y)
del B.__init__
print(type(B()).__name__)
class C(B): pass
B.__init__ = lambda self, z=1: setattr(self, 'z', z)
print(C().z, C(9).z)
class M(type): pass
class D(metaclass=M):
    def __init__(self): self.q = 1
print(D().q)
class N:
    def __new__(cls, *a): 
        o = object.__new__(cls); o.n = a; return o
print(N(1,2).n)
