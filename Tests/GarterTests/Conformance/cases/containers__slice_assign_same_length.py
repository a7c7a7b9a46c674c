# Slice assignment where the new items are as many as the replaced ones (assigned in
# place), including the list itself, reversed and stepped slices of it, tuples, and
# values that are released when replaced.
a = list(range(10))
a[2:5] = [20, 30, 40]
print(a)
a[:3] = a[2::-1]
print(a)
a[0:10] = a
print(a)
a[-3:] = ("x", "y", "z")
print(a)
a[4:4] = []
print(a)
b = [[i] for i in range(5)]
keep = b[1]
b[1:3] = [["one"], ["two"]]
print(b, keep)
perm = [3, 1, 4, 0, 2]
k = perm[0]
flips = 0
while k:
    perm[: k + 1] = perm[k::-1]
    flips += 1
    k = perm[0]
print(perm, flips)
c = [1, 2, 3, 4]
c[1:3] = c[1:3]
c[5:9] = []
c[-10:1] = [0]
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
