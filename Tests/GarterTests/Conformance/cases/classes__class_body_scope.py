class K:
    x = 10
    y = x * 2
    items = [x, y]
    def get_x(self):
        return K.x
    def method_uses_global(self):
        return x_global
x_global = "global"
print(K.x, K.y, K.items, K().get_x(), K().method_uses_global())
class Outer:
    class Inner:
        value = "inner"
    ref = Inner.value
print(Outer.Inner.value, Outer.ref, Outer.Inner.__name__, Outer.Inner.__qualname__)
