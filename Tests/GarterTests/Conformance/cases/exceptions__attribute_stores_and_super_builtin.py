# Attribute stores on exception instances through the store cache (special attributes
# still reach the exception's state) and super() calls of builtin methods.
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.args2 = 1
class Sub(AppError):
    def __init__(self, *a):
        super().__init__(*a)
        self.args = ("replaced",)
        self.__cause__ = ValueError("c")
        self.__suppress_context__ = False
        self.__context__ = KeyError("k")
for cls in (AppError, Sub, AppError, Sub):
    e = cls(1, "x")
    print(type(e).__name__, e.args, e.code, e.__dict__, repr(e.__cause__), e.__suppress_context__, repr(e.__context__), str(e))
class E2(ValueError):
    pass
for i in range(3):
    e = E2("m")
    e.args = (i,)
    e.note = i
    print(e.args, e.note, e.__dict__)
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def get2(self, k):
        return super().get(k)
d = D()
for i in range(3):
    d[i] = i
print(d, d.get2(1), super(D, d).__repr__())
class L(list):
    def append(self, x):
        super().append(x + 1)
l = L()
for i in range(3): l.append(i)
print(l)
class S:
    def __init__(self):
        super().__init__()
    def __repr__(self):
        return "S:" + super().__repr__()[:10]
print(S())
try:
    super(S).__init__
except AttributeError as e:
    print("AttributeError", e)
class N(Exception):
    def __init__(self):
        super().__init__()
        self.x = 5
print(N().args, N().x)
