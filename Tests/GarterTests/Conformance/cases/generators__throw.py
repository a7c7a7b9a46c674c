def worker():
    while True:
        try:
            x = yield
            print("processing", x)
        except ValueError as e:
            print("worker handled", e)
            yield "recovered"
g = worker()
next(g)
g.send(1)
print(g.throw(ValueError("bad input")))
next(g)
g.send(2)
try:
    g.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "generator is finished"))
