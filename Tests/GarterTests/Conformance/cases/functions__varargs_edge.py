def f(*args):
    return args
print(f(), f(1), f(*[]), f(*"ab"), f(*range(3), 9))
def g(a, *args, b=0):
    return a, args, b
print(g(1), g(1, 2, 3), g(1, 2, b=3), g(*[1, 2], b=4))
def h(**kw):
    return kw
print(h(), h(**{}), h(a=1, **{"b": 2}))
