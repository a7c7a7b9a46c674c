class C:
    def m(self, x):
        return ("m", type(self).__name__, x)
    @classmethod
    def cm(cls, x):
        return ("cm", cls.__name__, x)
    @staticmethod
    def sm(x):
        return ("sm", x)
class D(C):
    pass
c = C()
print(c.m(1), C.m(c, 2), c.cm(3), C.cm(4), D.cm(5), c.sm(6), C.sm(7), D().sm(8))
bound = c.m
print(bound(9), bound.__name__)
f = C.m
print(f(D(), 10))
try:
    C.m(1)
except TypeError as e:
    print("TypeError:", e)
