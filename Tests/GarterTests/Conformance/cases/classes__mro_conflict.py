class A: pass
class B(A): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C2(D, F): pass
class B2(D, E): pass
class A2(B2, C2): pass
print([k.__name__ for k in A2.__mro__])
