a = 1_000_000
b = 0xDEAD_BEEF
c = 0b_1111_0000
d = 1_0.5_5
e = 1e1_0
print(a, b, c, d, e)
print(f"{a:_}", f"{b:_x}", f"{c:_b}", f"{a:,}")
print(0o755, 0xff, 0B101, 0O17, 0XAB)
print(1., .5, 1e0, 0e0, 00, 0_0)
