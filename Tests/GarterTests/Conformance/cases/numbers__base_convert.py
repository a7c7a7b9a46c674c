def to_base(n, base):
    if n == 0:
        return "0"
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    neg = n < 0
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(chars[r])
    return ("-" if neg else "") + "".join(reversed(out))

for n in [0, 5, 255, -255, 1000, 2 ** 40, 36 ** 5]:
    reps = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, reps)
    for b, r in zip((2, 8, 16, 36), reps):
        assert int(r, b) == n
print(to_base(2 ** 100, 36), int(to_base(2 ** 100, 36), 36) == 2 ** 100)
