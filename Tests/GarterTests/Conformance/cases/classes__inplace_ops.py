class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __iadd__(self, other):
        self.items.extend(other if isinstance(other, list) else [other])
        return self
    def __add__(self, other):
        return Bag(self.items + [other])
    def __isub__(self, other):
        if other in self.items:
            self.items.remove(other)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"Bag({self.items})"
b = Bag([1])
alias = b
b += 2
b += [3, 4]
print(b, alias is b)
b -= 3
b -= 99
print(b)
b *= 2
print(b, len(b))
c = Bag([1])
d = c
c = c + 5
print(c, d, c is d)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
    def __repr__(self):
        return f"OnlyAdd({self.v})"
x = OnlyAdd(1)
y = x
x += 10
print(x, y, x is y)
