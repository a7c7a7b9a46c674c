def f(a, b=2):
    """doc"""
    return a
print(f.__name__, f.__doc__, f.__defaults__)
class K:
    pass
print(K.__name__, K().__class__.__name__, K.__bases__[0].__name__, type(K()).__name__)
print(int.__name__, (1).__class__.__name__, "".__class__.__name__, [].__class__.__name__)
print(len.__name__, print.__name__)
