import traceback, sys
items = [3, "4", 5]
try:
    big = [i for i in items if i > 3]
except TypeError:
    traceback.print_exc(file=sys.stdout)
try:
    ok = 1 < 2 < "x"
except TypeError:
    traceback.print_exc(file=sys.stdout)
def check(limit):
    if limit >= None:
        return True
check(3)
