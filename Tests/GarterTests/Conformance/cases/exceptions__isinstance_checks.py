try:
    [1, 2, 3][10]
except Exception as e:
    print(isinstance(e, IndexError), isinstance(e, LookupError), isinstance(e, KeyError), type(e) is IndexError)
    print(type(e).__name__, type(e).__mro__[1].__name__, e.__class__.__name__)
errs = [ValueError("v"), KeyError("k"), TypeError("t")]
print([type(e).__name__ for e in errs if isinstance(e, (KeyError, TypeError))])
print(issubclass(type(errs[1]), LookupError))
