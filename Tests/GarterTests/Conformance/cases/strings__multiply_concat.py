a = "ab"
print(a * 3, 3 * a, a * 0, a * -2, repr(a * 0))
b = a + "cd" + "ef"
print(b, len(b))
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "+".join(parts))
s = ""
for ch in "hello":
    s = ch + s
print(s)
s += "!"
s *= 2
print(s)
print("=" * 20)
print("-" * 3 + ">" + " " * 2 + "<" + "-" * 3)
