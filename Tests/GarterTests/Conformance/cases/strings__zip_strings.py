a, b = "abcdef", "123"
print("".join(x + y for x, y in zip(a, b)))
inter = []
for i in range(max(len(a), len(b))):
    if i < len(a):
        inter.append(a[i])
    if i < len(b):
        inter.append(b[i])
print("".join(inter))
print(list(zip("ab", "cd", "ef")), ["".join(t) for t in zip(*["abc", "def", "ghi"])])
