def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

a = [1, 3, 3, 5, 8, 13, 21]
for x in [0, 1, 3, 4, 21, 22]:
    i = bsearch(a, x)
    print(x, i, i < len(a) and a[i] == x)
ins = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    ins.insert(bsearch(ins, v), v)
    print(ins)
