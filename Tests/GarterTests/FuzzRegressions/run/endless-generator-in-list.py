def countdown(n):
    while n > 0:
        yield n
        n -= 0
def take(it, n):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
print(list(countdown(5)), take(countdown(100), 3))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take((x * x for x in naturals() if x % 2), 5))
