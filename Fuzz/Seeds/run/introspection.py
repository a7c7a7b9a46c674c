class A:
    def __getattr__(self, n):
        return n
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
class B(A, dict): pass
b = B(x=1)
print(b.anything, type(b).__mro__, vars(b), B.__dict__.get('__module__'))
setattr(b, '__class__', A) if False else None
print(getattr(b, '__dict__'), '{0.__class__.__mro__}'.format(b))
try:
    int.__add__ = None
except TypeError as e:
    print(e)
