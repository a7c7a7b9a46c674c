for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 32, 2 ** 64 + 1]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(3735928559), 16), int(oct(511), 8), int(bin(1234), 2))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
