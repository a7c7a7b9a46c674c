a = list("abcdefgh")
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
b = [1, 2, 3]
del b[:]
print(b)
c = [[1, 2], [3, 4]]
del c[0][1]
print(c)
try:
    del c[5]
except IndexError as e:
    print("IndexError:", e)
