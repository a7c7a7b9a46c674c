a = [5, 1, 4, 2, 8]
n = len(a)
passes = 0
swapped = True
while swapped:
    swapped = False
    for i in range(n - 1 - passes):
        if a[i] > a[i + 1]:
            a[i], a[i + 1] = a[i + 1], a[i]
            swapped = True
    passes += 1
    print(f"pass {passes}: {a}")
print("sorted", a)
