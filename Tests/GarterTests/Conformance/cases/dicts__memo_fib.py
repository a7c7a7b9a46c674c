memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo))
print([fib(i) for i in range(15)])
cache = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in cache:
        cache[key] = paths(r - 1, c) + paths(r, c - 1)
    return cache[key]
print(paths(10, 10), paths(16, 16), len(cache))
