for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
out = []
for row in range(4):
    for col in range(4):
        if col > row:
            break
        if (row + col) % 3 == 0:
            continue
        out.append((row, col))
print(out)
n = 0
while True:
    n += 1
    if n % 3:
        continue
    if n > 12:
        break
    print("multiple of 3:", n)
found = None
for a in range(1, 20):
    for b in range(a, 20):
        if a * b == 91:
            found = (a, b)
            break
    if found:
        break
print(found)
