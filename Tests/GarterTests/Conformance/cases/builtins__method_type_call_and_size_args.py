# types.MethodType, __call__ of functions/methods/builtins, method size arguments that
# overflow, and bytearray slice deletion and extended-slice assignment.
import types

class C:
    def m(self, x, scale=2):
        return x * scale

c = C()
print(c.m.__call__(4), c.m.__call__(4, scale=3), len.__call__([1]), C.m.__call__(c, 5))
print((lambda: 7).__call__(), sorted.__call__([3, 1], reverse=True))
bm = types.MethodType(lambda self, y: (self is c, y), c)
print(bm(3), bm.__self__ is c, type(bm) is types.MethodType)
m2 = types.MethodType(len, [1, 2])
print(m2(), m2.__self__, m2.__func__)
for args in [(), (len,), (len, c, 1), (1, c), (len, None)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    types.MethodType(func=len, obj=c)
except TypeError as e:
    print("TypeError", e)

big = 2**70
cases = [("insert", lambda: [].insert(big, 1)), ("pop", lambda: [1].pop(big)), ("pop negative", lambda: [1].pop(-big)),
         ("bytearray pop", lambda: bytearray(b"ab").pop(big)), ("bytearray insert", lambda: bytearray(b"ab").insert(-big, 1)),
         ("list index", lambda: [1][big]), ("str index", lambda: "ab"[big])]
for name, f in cases:
    try:
        f()
    except (IndexError, OverflowError) as e:
        print(name, type(e).__name__, e)

class I:
    def __index__(self):
        return 1

xs = [1, 2, 3, 4]
print(xs[I():], xs[:I()], xs[I()], "abcd"[I():], xs.pop(I()), xs)
ba = bytearray(b"hello world")
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
del ba[::-3]
print(ba)
del ba[5:1]
print(ba)
ba = bytearray(b"abcdef")
ba[::2] = b"XYZ"
print(ba)
ba[::-2] = [49, 50, 51]
print(ba)
try:
    ba[::2] = b"toolong"
except ValueError as e:
    print("ValueError", e)
ba[1:3] = b""
print(ba)
