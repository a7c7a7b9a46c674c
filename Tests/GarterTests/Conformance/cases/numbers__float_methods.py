x = 3.75
print(x.is_integer(), (4.0).is_integer(), (-0.0).is_integer())
print(x.as_integer_ratio(), (0.5).as_integer_ratio(), (-0.125).as_integer_ratio())
print(int(x), round(x), round(x, 1), round(-x))
print((10.0).hex(), (0.1).hex(), float.fromhex('0x1.8p1'))
print(abs(-2.5), -x, +x)
print(1.5 ** 2, 2 ** 0.5, 4 ** 0.5, 8 ** (1/3))
print(10 ** -2, 2 ** -1, (-8) ** 2)
print(x.real, x.conjugate(), (2.0).__add__(1.5), (2.0).__rsub__(1.5))
