from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)], fib(200))
print(fib.cache_info())
grid = ["..#.", "....", ".#..", "...."]
@cache
def paths(r, c):
    if r >= len(grid) or c >= len(grid[0]) or grid[r][c] == "#":
        return 0
    if (r, c) == (len(grid) - 1, len(grid[0]) - 1):
        return 1
    return paths(r + 1, c) + paths(r, c + 1)
print(paths(0, 0), paths.cache_info().currsize)
@lru_cache(maxsize=None)
def edit(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))
for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    print(x, y, edit(x, y))
@lru_cache(maxsize=None)
def coin_ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])
print(coin_ways(100, (1, 5, 10, 25, 50)))
@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(200))
