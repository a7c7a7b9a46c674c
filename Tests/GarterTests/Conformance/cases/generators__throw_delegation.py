def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    return "inner done"

def outer():
    try:
        result = yield from inner()
        print("result", result)
        yield "after"
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer recovered"

g = outer()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g, "end"))
g2 = outer()
next(g2)
print(g2.throw(KeyError("k")))
g3 = outer()
next(g3)
try:
    g3.throw(TypeError("unhandled"))
except TypeError as e:
    print("propagated", e)
print(list(g3))

def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

c = counter()
next(c)
for v in [1, 2, 3]:
    print(c.send(v))
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)
