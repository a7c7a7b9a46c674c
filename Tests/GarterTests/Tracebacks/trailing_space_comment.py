import traceback, sys
def f(d):
    return d["k"]    
def g():
    f({})  # look up
try:
    g()   
except KeyError:
    traceback.print_exc(file=sys.stdout)
g()   
