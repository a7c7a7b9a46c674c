def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(200))
