s = "abc"
for i in [0, 2, 3, -3, -4]:
    try:
        print(i, s[i])
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    print("x" + 1)
except TypeError as e:
    print("TypeError:", e)
