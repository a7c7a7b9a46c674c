def gen():
    yield 1
    return "finished"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e.value), e.args)
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("empty iterator:", repr(e), e.value)
