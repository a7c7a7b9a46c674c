import traceback, sys
def f():
	return {"k": 1}["x"]
try:
	f()
except KeyError:
	traceback.print_exc(file=sys.stdout)
if True:
	name = "café"; total = name + 1
