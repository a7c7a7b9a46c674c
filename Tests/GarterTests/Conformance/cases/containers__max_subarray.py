def kadane(a):
    best = cur = a[0]
    start = best_s = best_e = 0
    for i in range(1, len(a)):
        if cur + a[i] < a[i]:
            cur = a[i]
            start = i
        else:
            cur += a[i]
        if cur > best:
            best, best_s, best_e = cur, start, i
    return best, a[best_s:best_e + 1]
for arr in [[-2, 1, -3, 4, -1, 2, 1, -5, 4], [1], [-3, -1, -2], [5, 4, -1, 7, 8]]:
    print(arr, kadane(arr))
