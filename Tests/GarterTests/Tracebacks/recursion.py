def depth(n):
    return depth(n + 1) + 1
def countdown(n):
    if n == 0:
        return {}["done"]
    return countdown(n - 1)
try:
    countdown(10)
except KeyError:
    import traceback, sys
    traceback.print_exc(file=sys.stdout)
depth(0)
