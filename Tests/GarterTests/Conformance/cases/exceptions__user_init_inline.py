class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"{code}: {detail}")
        self.code = code
class NotFound(AppError): pass
class Plain(Exception): pass
class KW(Exception):
    def __init__(self, a, *, b=2):
        self.b = b
e = NotFound(404, "x"); print(e, e.args, e.code, repr(e))
p = Plain(1, 2); print(p.args, repr(p))
k = KW(1, b=3); print(k.args, k.b, repr(k))
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5); print(n.args, n.x, str(n))
class E2(ValueError):
    def __init__(self, *a):
        super().__init__(*a)
try:
    raise E2("bad", 1)
except ValueError as ex:
    print(type(ex).__name__, ex.args)
class O(OSError):
    def __init__(self, *a):
        super().__init__(*a)
o = O(2, "nf", "f"); print(o.errno, o.strerror, o.filename, o)
class R(Exception):
    def __init__(self):
        return 5
try: R()
except TypeError as te: print(te)
class Bad(Exception):
    def __init__(self, a): pass
try: Bad()
except TypeError as te: print(te)
