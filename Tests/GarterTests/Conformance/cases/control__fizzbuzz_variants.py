out = []
for i in range(1, 31):
    s = ""
    if i % 3 == 0:
        s += "Fizz"
    if i % 5 == 0:
        s += "Buzz"
    out.append(s or str(i))
print(" ".join(out))
print(["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i for i in range(10, 16)])
rules = [(7, "Bazz"), (3, "Fizz"), (5, "Buzz")]
print([("".join(w for d, w in rules if n % d == 0) or n) for n in [21, 35, 105, 11]])
