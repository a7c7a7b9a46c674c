a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 >> 5, -16 >> 2, -1 << 4, ~0, ~-1)
print(1 << 100)
print((1 << 100) >> 98, (2 ** 80) & (2 ** 80 - 1), (2 ** 80) | 1)
print(-(2 ** 70) >> 3, -(2 ** 70) & 0xFFFF, (-(2 ** 70)) ^ 5)
n = 0b10110111
count = 0
m = n
while m:
    count += m & 1
    m >>= 1
print("popcount", count, n.bit_length(), (0).bit_length(), (-8).bit_length())
mask = 0
for bit in [0, 3, 5, 9]:
    mask |= 1 << bit
print(mask, bin(mask), [i for i in range(12) if mask >> i & 1])
