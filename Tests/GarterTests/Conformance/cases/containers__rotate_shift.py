def rotate(a, k):
    if not a:
        return a
    k %= len(a)
    return a[-k:] + a[:-k]
a = [1, 2, 3, 4, 5]
for k in [0, 1, 2, 5, 7, -1, -6]:
    print(k, rotate(a, k))
b = a[:]
for _ in range(2):
    b.insert(0, b.pop())
print(b)
b.append(b.pop(0))
print(b)
