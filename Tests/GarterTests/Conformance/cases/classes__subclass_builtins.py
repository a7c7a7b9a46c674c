class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1] if self else None
s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), len(s), s.pop(), s, isinstance(s, list))
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self.factory()
        self[key] = v
        return v
d = DefaultDict(list)
d["a"].append(1)
d["b"].append(2)
d["a"].append(3)
print(d, len(d), d.get("zz"))
class UpperStr(str):
    def shout(self):
        return self.upper() + "!"
u = UpperStr("hey")
print(u, u.shout(), u + " there", type(u + "x").__name__, len(u))
class PositiveInt(int):
    def double(self):
        return PositiveInt(self * 2)
p = PositiveInt(21)
print(p, p.double(), p + 1, type(p + 1).__name__, type(p.double()).__name__)
