import traceback, sys
def fail():
    raise RuntimeError("boom")
def middle():
    fail()
def outer():
    return middle()
try:
    outer()
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
x = [1, 2]
x[5]
