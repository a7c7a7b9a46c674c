import itertools

c = itertools.count(5, 2)
print(next(c), c.__next__(), c)
print(itertools.count(), itertools.count(1.5, 0.5), itertools.count(3, 1))
r = itertools.repeat('x', 3)
print(r, next(r), r)
print(itertools.repeat(1))
print(iter(c) is c, c.__iter__() is c)
for it in (iter([1, 2]), iter((1,)), iter(range(3)), iter("ab"), iter({'k': 1}), enumerate('ab'),
           zip('ab', 'cd'), map(str, [1]), filter(None, [0, 7]), reversed([1, 2]), iter({1: 2}.items()),
           itertools.chain([1], [2]), itertools.islice('abc', 2), (x for x in [9])):
    print(type(it).__name__, it.__next__())
e = iter([])
try:
    e.__next__()
except StopIteration:
    print("StopIteration")
