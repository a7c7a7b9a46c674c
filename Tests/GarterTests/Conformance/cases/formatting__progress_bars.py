def bar(frac, width=20):
    filled = int(round(frac * width))
    return "[" + "#" * filled + "." * (width - filled) + f"] {frac:6.1%}"

for done in [0, 1, 5, 10, 13, 19, 20]:
    print(f"{done:>2}/20 {bar(done / 20)}")
print(bar(1 / 3, 9), bar(2 / 3, 9))
