data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
chunks = iter(["a", "bb", "", "ccc"])
while (chunk := next(chunks, None)) is not None:
    print(repr(chunk), len(chunk))
values = [y for x in data if (y := x % 7) > 2]
print(values)
total = 0
while (total := total + 10) < 45:
    pass
print(total)
def check(v):
    if (half := v // 2) > 10:
        return half
    return None
print(check(30), check(5))
print((z := 5) * 2, z)
