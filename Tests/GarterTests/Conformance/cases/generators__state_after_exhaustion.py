def g():
    yield 1
gen = g()
print(list(gen), list(gen), next(gen, "x"))
def h():
    x = yield 1
    print("h received", x)
    yield 2
gen = h()
print(next(gen))
print(next(gen))
print(next(gen, "done"))
