class A:
    __cls = 1
    def f(self, __p=2): return __p
    def g(self): return dict(__k=1)
    def h(self):
        __local = 5
        return __local
    import os.path as __osp
    def __private(self): pass
    __dunder__ = 3
    def get(self): return self.__cls, A.__cls, self.__private.__name__
    class __Inner:
        def m(self): return self.__v if hasattr(self, '_Inner__v') else 'none'
    def inner(self): return self.__Inner().m()
print(sorted(k for k in vars(A) if 'A_' in k or '__' in k and k not in ('__dict__','__weakref__','__doc__','__module__')))
print(A().f(), A().g(), A().h(), A().get(), A().inner())
class _B:
    def __init__(self): self.__z = 1
class ___:
    def __init__(self): self.__z = 1
print(vars(_B()), vars(___()))
def outer():
    __n = 1
    class C:
        def m(self): return __n
    return C().m()
try: print(outer())
except NameError as e: print(e)
class D:
    def __init__(self): self.__items = []
    def add(self, x): self.__items.append(x); return self
    def __len__(self): return len(self.__items)
    def __repr__(self): return f"D({self.__items})"
d = D().add(1).add(2); print(d, len(d), d._D__items)
try: d.__items
except AttributeError as e: print(e)
class E(D):
    def __init__(self): super().__init__(); self.__items = 'mine'
e = E(); e.add(3); print(e, vars(e))
class F:
    def m(self, **kw): return kw
    def call(self): return self.m(__x=1)
print(F().call())
