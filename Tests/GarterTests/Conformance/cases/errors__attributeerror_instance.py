class Foo:
    def __init__(self):
        self.quantity = 1
f = Foo()
print(f.quantity)
print(f.bar)
