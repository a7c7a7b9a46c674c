def partial(fn, *args, **kwargs):
    def inner(*more, **morekw):
        kw = dict(kwargs)
        kw.update(morekw)
        return fn(*args, *more, **kw)
    return inner
def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(9), cube(3), two_to(10), two_to(100, mod=1000))
print(partial(print, "prefix:", sep="|")("a", "b"))
