class A:
    def f(self): return self.x
class B(A):
    def f(self):
        return super().f() + 1
B().f()
