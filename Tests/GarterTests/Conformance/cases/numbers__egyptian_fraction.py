def egyptian(n, d):
    parts = []
    while n:
        c = -(-d // n)
        parts.append(c)
        n, d = n * c - d, d * c
    return parts
for n, d in [(2, 3), (4, 13), (5, 121), (7, 15), (1, 7)]:
    e = egyptian(n, d)
    print(f"{n}/{d} =", " + ".join(f"1/{x}" for x in e))
