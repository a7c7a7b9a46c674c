def parse(v):
    return tuple(int(x) for x in v.split("."))

def cmp(a, b):
    pa, pb = parse(a), parse(b)
    n = max(len(pa), len(pb))
    pa += (0,) * (n - len(pa))
    pb += (0,) * (n - len(pb))
    return (pa > pb) - (pa < pb)

versions = ["1.0", "1.0.1", "1.10", "1.2", "0.9.9", "2.0.0", "1.0.0", "10.0"]
print(sorted(versions, key=parse))
for a, b in [("1.0", "1.0.0"), ("1.2", "1.10"), ("2.0", "1.99.99"), ("0.1", "0.01")]:
    print(a, b, cmp(a, b))
