class Loud:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print('add', self.v, o if not isinstance(o, Loud) else o.v)
        return Loud(self.v + (o.v if isinstance(o, Loud) else o))
    __radd__ = __add__
def gen(items):
    for x in items:
        print('gen', x if not isinstance(x, Loud) else 'L%d' % x.v)
        yield x
r = sum(gen([1, 2, Loud(3), 4, 5.5]))
print(r.v)
print(sum(gen([1.5, 2, 3])), sum(x * 0.5 for x in range(10)), sum((x for x in range(5)), 10))
print(sum(x for x in [2**62, 2**62, 2**62]), sum(x for x in [True, True, 3]))
print(sum((x for x in [[1], [2]]), []), sum(x for x in []), sum((x for x in []), 0.0))
def bad():
    yield 1
    yield 'a'
    print('after a')
    raise ValueError('late')
try:
    sum(bad())
except TypeError as e:
    print('TE', e)
def nested():
    for i in range(4):
        yield sum(j for j in range(i))
print(sum(nested()), sum(sum(range(i)) for i in range(5)))
g = (x for x in range(10))
next(g)
print(sum(g), sum(g))
def stopper():
    yield 1
    raise StopIteration
try:
    sum(stopper())
except RuntimeError as e:
    print('RT', e)
print(sum(x for x in [1e308, 1e308, -1e308]), sum(x for x in [2**53 + 1, 0.5]))
