import dataclasses, functools, collections, traceback, sys

@dataclasses.dataclass
class Point:
    x: int
    y: int = 0

def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)

show(lambda: Point())
show(lambda: Point(1, 2, 3))
show(lambda: functools.reduce(lambda a, b: a + b, []))
show(lambda: functools.reduce(lambda a, b: a / b, [1, 0]))
counts = collections.defaultdict(lambda: 1 / 0)
show(lambda: counts["x"])
try:
    raise ExceptionGroup("batch", [ValueError("a"), KeyError("b")])
except* ValueError:
    print("handled ValueError")
