def g():
    x = yield 1
    print('x', x)
    yield 2
    return 5
it = g()
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('stop', e.value, repr(e))
print(next(it, 'dflt'))
try:
    next(it)
except StopIteration as e:
    print('stop2', e.args)
def boom():
    yield 1
    raise KeyError('k')
b = boom()
next(b)
try:
    next(b)
except KeyError as e:
    print('KE', e)
def selfish():
    yield next(s)
s = selfish()
try:
    next(s)
except ValueError as e:
    print('VE', e)
def take(n, it):
    for _ in range(n):
        yield next(it)
def count():
    i = 0
    while True:
        yield i
        i += 1
print(list(take(5, count())), sum(take(1000, count())))
def stopper():
    yield next(iter([]))
try:
    list(stopper())
except RuntimeError as e:
    print('RT', e)
print(next(iter([7])), next((x for x in 'ab')))
