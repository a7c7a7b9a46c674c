import types
class A:
    x = 1
    def f(self): return 2
p = A.__dict__
print(type(p).__name__, type(p) is types.MappingProxyType, type(vars(A)).__name__)
print(p['x'], p.get('x'), p.get('zz', 9), 'x' in p, 'y' in p)
try:
    p['x'] = 5
except TypeError as e:
    print(e)
try:
    del p['x']
except TypeError as e:
    print(e)
try:
    vars(A)['y'] = 5
except TypeError as e:
    print(e)
try:
    p.foo = 1
except AttributeError as e:
    print(e)
try:
    p |= {}
except TypeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
A.y = 3
print(p['y'], A.y)
c = p.copy()
print(type(c).__name__, c['y'])
print(sorted(k for k in p if not k.startswith('__')))
print(sorted(k for k in p.keys() if not k.startswith('_')), type(p.keys()).__name__)
print(len(p) == len(list(p)))
print(type(p | {'z': 1}).__name__, (p | {'z': 1})['z'], ({'z': 1} | p)['x'])
print(p == dict(p), dict(p) == p, p != p)
m = types.MappingProxyType({'a': 1, 'b': 2})
print(m, repr(m), str(m), list(reversed(m)), len(m), m.copy(), list(m.items()), list(m.values()))
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
try:
    types.MappingProxyType()
except TypeError as e:
    print(e)
try:
    m.pop('a')
except AttributeError as e:
    print(e)
try:
    m['zz']
except KeyError as e:
    print(repr(e))
match m:
    case {'a': v}:
        print('matched', v)
print(isinstance(A().__dict__, dict), vars(A()))
class B(A):
    pass
print('x' in B.__dict__, 'x' in A.__dict__)
