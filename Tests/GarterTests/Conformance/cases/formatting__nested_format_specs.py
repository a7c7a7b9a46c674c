data = [("x", 1.23456), ("longer", 22.5), ("mid", 333.0)]
w = max(len(k) for k, _ in data)
for p in range(0, 4):
    print(" ; ".join(f"{k:>{w}}={v:.{p}f}" for k, v in data))
print("{:{fill}{align}{width}}".format("c", fill="~", align="^", width=7))
print(f"{'total':{'>'}{w + 5}}")
