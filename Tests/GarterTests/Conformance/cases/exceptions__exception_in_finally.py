def f():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    f()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
except ValueError:
    print("not reached")
def g():
    try:
        return "value"
    finally:
        print("cleanup")
print(g())
