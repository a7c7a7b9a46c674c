import traceback, sys
price = None
try:
    print(f"total: {price:>10.2f}")
except TypeError:
    traceback.print_exc(file=sys.stdout)
count = 0
print(f"avg: {10 / count:.2f} units")
