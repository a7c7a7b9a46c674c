def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def sum_list(xs):
    return 0 if not xs else xs[0] + sum_list(xs[1:])
print(sum_list(list(range(300))))
def binsearch(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    if a[mid] < x:
        return binsearch(a, x, mid + 1, hi)
    return binsearch(a, x, lo, mid)
data = list(range(0, 1000, 3))
print(binsearch(data, 300), binsearch(data, 301), binsearch(data, 0), binsearch(data, 999))
