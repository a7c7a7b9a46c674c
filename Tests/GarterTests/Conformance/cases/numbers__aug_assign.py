x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x /= 4; print(x)
x = 0b1111
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0b1111; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
y = 2
for _ in range(6):
    y **= 2
print(y, len(str(y)))
