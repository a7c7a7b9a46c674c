import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit("fatal: config missing")
except SystemExit as e:
    print("caught", e.code)
print(sys.exc_info() == (None, None, None))
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v))
print("end")
