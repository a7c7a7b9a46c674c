a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3], a[-100:100], a[5:2], a[3:-8], a[None:4])
t = tuple(a)
print(t[2:5], t[:], t[:] is t, t[5:5], t[-2:], t[100:])
s = "hello world"
print(s[:5], s[6:], s[:] is s, s[3:3] == "", s[-5:-1], s[100:])
u = "héllo wörld"
print(u[:5], u[6:], u[1:-1])
b = b"bytes!"
print(b[1:3], bytearray(b"xyz")[1:])
print(range(10)[2:8], range(10)[:])
print(a[True:3], a[1:True], a[2**70 // 2**68:])
class C:
    def __getitem__(self, k):
        return k
print(C()[1:2], C()[:], C()["a":"b"])
x = [1, 2, 3, 4, 5]
x[1:3] = [9, 9, 9]
print(x)
x[:] = x
print(x)
x[2:4] = (7,)
print(x)
x[10:] = "ab"
print(x)
x[-2:] = []
print(x)
x[3:1] = [0]
print(x)
x[::2] = [5] * len(x[::2])
print(x)
y = list(range(6))
y[1:4] = y
print(y)
try:
    x[1:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t[1:2] = (1,)
except TypeError as e:
    print("TypeError", e)
try:
    s[1:2] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    a["x":]
except TypeError as e:
    print("TypeError", e)
class L(list):
    def __getitem__(self, k):
        return ("L", k)
    def __setitem__(self, k, v):
        print("set", k, v)
l = L([1, 2, 3])
print(l[1:2])
l[0:1] = [5]
d = {}
try:
    d[1:2]
except TypeError as e:
    print("TypeError", e)
d2 = {}
try:
    d2[1:2] = 3
except TypeError as e:
    print("TypeError", e)
print(d2)
z = [1, 2, 3]
z[1:2] += [8]
print(z)
del z[0:1]
print(z)
class I:
    def __index__(self): return 1
print(a[I():I()+2] if False else a[I():3])
print(a[1.0:2] if False else "skip")
try:
    a[1.0:2]
except TypeError as e:
    print("TypeError", e)
