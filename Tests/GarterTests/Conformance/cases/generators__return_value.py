def gen():
    yield 1
    yield 2
    return 99
g = gen()
vals = []
while True:
    try:
        vals.append(next(g))
    except StopIteration as stop:
        print("values", vals, "return value", stop.value)
        break
def delegator():
    r = yield from gen()
    yield f"got {r}"
print(list(delegator()))
def empty_return():
    return "nothing yielded"
    yield
g = empty_return()
try:
    next(g)
except StopIteration as e:
    print(e.value)
