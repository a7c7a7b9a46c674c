def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(f"{n} divisible by {d}")
            break
    else:
        print(f"{n} is prime")
for n in [7, 9, 13, 15, 2]:
    find_divisor(n)
i = 0
while i < 3:
    i += 1
else:
    print("while finished normally, i =", i)
while True:
    i += 1
    if i > 5:
        break
else:
    print("not printed")
print("after break, i =", i)
for x in []:
    print("never")
else:
    print("empty loop else runs")
