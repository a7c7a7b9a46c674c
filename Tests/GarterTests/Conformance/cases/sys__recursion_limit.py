import sys
limit = sys.getrecursionlimit()
print(limit >= 100)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(200))
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
