import traceback, sys
def a(): b()
def b(): c()
def c(): raise ValueError("deep")
for lim in (None, 0, 1, 2, -1, -2, 10):
    try:
        a()
    except ValueError:
        print("limit", lim)
        traceback.print_exc(limit=lim, file=sys.stdout)
        print(len(traceback.format_exception(*sys.exc_info(), limit=lim)))
try:
    try:
        a()
    except ValueError as e:
        raise KeyError("x") from e
except KeyError as e:
    print("".join(traceback.format_exception(e, limit=-1)))
    print("".join(traceback.format_exception(e, chain=False)))
    print("".join(traceback.TracebackException.from_exception(e).format(chain=False)))
    print("".join(traceback.TracebackException.from_exception(e).format()))
