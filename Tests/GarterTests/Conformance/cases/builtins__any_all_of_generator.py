class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool', self.v)
        return self.v
def gen(items):
    for x in items:
        print('gen', x if not isinstance(x, B) else 'B')
        yield x
print(any(gen([0, '', None, B(False), 0.0, [], 3, 4])))
print(all(gen([1, 'a', B(True), [1], 0, 5])))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)), any(x for x in []), all(x for x in []))
g = (x for x in [0, 0, 1, 0, 2])
print(any(g), list(g))
g = (x for x in [1, 1, 0, 1])
print(all(g), list(g))
def bad():
    yield 0
    raise ValueError('v')
try:
    any(bad())
except ValueError as e:
    print('VE', e)
def stopper():
    yield 1
    raise StopIteration
try:
    all(stopper())
except RuntimeError as e:
    print('RT', e)
print(any(any(y for y in range(x)) for x in range(3)), all(all(y for y in range(1, x)) for x in range(4)))
print(any(x for x in [{}, (), set(), b'', range(0)]), any(x for x in [{}, (1,)]))
