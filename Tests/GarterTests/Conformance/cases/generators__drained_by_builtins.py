def g():
    for i in range(3):
        x = yield i
        print('got', x)
print(list(g()))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print('RT', e)
def err():
    yield 1
    raise ValueError('v')
it = err()
try:
    tuple(it)
except ValueError as e:
    print('VE', e, list(it))
def half():
    yield 1
    yield 2
    yield 3
h = half()
print(next(h), sorted(h, reverse=True), list(h))
def self_ref():
    yield 1
    yield list(gen)
gen = self_ref()
try:
    print(list(gen))
except ValueError as e:
    print('VE', e)
def nested():
    yield from (x * 2 for x in range(3))
    yield ''.join(str(c) for c in range(4))
    yield sum(x for x in range(5))
print(list(nested()), '-'.join(f'{i}' for i in range(3)))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print('finally')
print(list(fin()))
print(tuple(x for x in []), list(x for x in range(0)))
