values = [1, -22.5, 333.125, -4444, 0.0001, 55555.5]
w = 14
print("+" + "-" * w + "+")
for v in values:
    print(f"|{v:>{w}.3f}|")
print("+" + "-" * w + "+")
for v in values:
    print(f"|{v:<{w}g}|")
print("+" + "-" * w + "+")
for v in values:
    print(f"|{v:^{w},.1f}|")
