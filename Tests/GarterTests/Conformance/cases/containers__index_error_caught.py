a = [1, 2, 3]
for i in [2, 3, -3, -4]:
    try:
        print(a[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    a[5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    a.pop(10)
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[2]
except IndexError as e:
    print("IndexError:", e)
try:
    range(3)[3]
except IndexError as e:
    print("IndexError:", e)
try:
    "ab"[2]
except IndexError as e:
    print("IndexError:", e)
