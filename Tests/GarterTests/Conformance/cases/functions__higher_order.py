def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
def curry(fn, *fixed):
    def inner(*more):
        return fn(*fixed, *more)
    return inner
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
add3 = curry(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), curry(max, 10)(3, 20))
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80), len(slow_fib.cache))
def reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(lambda a, s: a + len(s), ["ab", "cde"], 0))
