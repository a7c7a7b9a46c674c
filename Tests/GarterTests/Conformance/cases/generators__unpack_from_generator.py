# Unpacking a generator takes one item more than the targets (as CPython's next() calls
# do) and leaves it suspended there; errors and side effects in CPython's order.
def gen(n, log):
    for i in range(n):
        log.append(f"yield {i}")
        yield i
    log.append("done")

for n in range(5):
    log = []
    g = gen(n, log)
    try:
        a, b, c = g
        print(n, "ok", a, b, c)
    except ValueError as e:
        print(n, "ValueError", e)
    print(" ", log, next(g, "exhausted"), log[-1])

def infinite():
    i = 0
    while True:
        yield i
        i += 1

g = infinite()
try:
    x, y = g
except ValueError as e:
    print("infinite:", e, next(g))

def raises_inside():
    yield 1
    raise KeyError("inner")

try:
    p, q = raises_inside()
except KeyError as e:
    print("KeyError", e)

def stop_inside():
    yield 1
    raise StopIteration

try:
    p, q = stop_inside()
except RuntimeError as e:
    print("RuntimeError", e)

year, month, day = (int(p) for p in "2024-03-09".split("-"))
print(year, month, day)
rows = [tuple(x * 2 for x in range(k, k + 2)) for k in range(3)]
print(rows, [(u, v) for u, v in ((i, i * i) for i in range(3))])
first, *rest = (c.upper() for c in "abc")
print(first, rest)
() = (x for x in [])
try:
    () = (x for x in [1])
except ValueError as e:
    print(e)

def nested():
    inner = (i for i in range(2))
    a, b = inner
    yield a + b
    yield from (k for k in (a, b))

(total, *others) = nested()
print(total, others)
g2 = (x for x in range(3))
next(g2)
m, n = g2
print(m, n, list(g2))
