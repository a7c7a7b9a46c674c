a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[-2:] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[:] = "xyz"
print(a)
b = [1, 2, 3, 4, 5, 6]
del b[1:3]
print(b)
del b[::2]
print(b)
c = list(range(8))
c[1::3] = ["p", "q", "r"]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = [1, 2, 3]
d[3:] = [4, 5]
d[:0] = [0]
print(d)
