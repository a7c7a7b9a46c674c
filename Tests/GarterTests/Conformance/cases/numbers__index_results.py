class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"


i = MyInt(5)
print(hex(i), oct(i), bin(i), [10, 20, 30, 40, 50, 60][i], "abcdef"[i:], i.__index__(), type(i.__index__()).__name__, True.__index__(), True.__int__())


class Selfish:
    def __index__(self):
        return self


class Stringy:
    def __index__(self):
        return "3"


class Sub:
    def __index__(self):
        return MyInt(2)


for v in [Selfish(), Stringy(), Sub()]:
    for call in [lambda: hex(v), lambda: [1, 2, 3, 4][v], lambda: "abcd"[v:], lambda: range(v), lambda: (1).to_bytes(v, "big")]:
        try:
            print(call())
        except TypeError as e:
            print(type(e).__name__, e)
