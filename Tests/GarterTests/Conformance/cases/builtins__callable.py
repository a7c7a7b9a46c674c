def f():
    pass
class C:
    def __call__(self):
        return 1
class D:
    pass
print(callable(f), callable(lambda: 0), callable(print), callable(len), callable(C), callable(C()), callable(D()))
print(callable(1), callable("s"), callable(None), callable([]), callable(str.upper), callable("s".upper))
print(callable(int), callable(type), callable(D))
