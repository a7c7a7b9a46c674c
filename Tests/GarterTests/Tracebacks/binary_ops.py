import traceback
import sys

def ratio(x):
    return 1 / (x - 2)

def show(f, *args):
    try:
        f(*args)
    except Exception:
        traceback.print_exc(file=sys.stdout)

show(lambda: 1 + None)
show(lambda: "a" * "b")
show(lambda: (1) // None)
show(lambda: [1] + (2,))
show(lambda: 2 ** "x")
show(lambda: (1)   +   None)
show(lambda: 1 << None)
show(lambda: {} | [])
x = 5
show(lambda: x % None)
print(ratio(5) + ratio(2))
