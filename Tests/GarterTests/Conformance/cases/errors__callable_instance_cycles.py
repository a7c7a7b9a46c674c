# Instances whose __call__ (or the __get__ that binds it) is an instance again, up to a cycle:
# each hop recurses natively, and must end in RecursionError, not a crash.
class C:
    pass
c = C()
C.__call__ = c
try:
    c()
except RecursionError as e:
    print("RecursionError")
class G:
    pass
g = G()
class H:
    pass
h = H()
G.__get__ = h
H.__call__ = g
class M:
    __enter__ = g
    def __exit__(self, *a): return False
try:
    with M():
        pass
except RecursionError as e:
    print("RecursionError 2")
except Exception as e:
    print(type(e).__name__, e)
