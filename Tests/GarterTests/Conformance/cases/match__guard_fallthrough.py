def bucket(n):
    match n:
        case int() if n < 0:
            return "neg"
        case int() if n % 15 == 0:
            return "fizzbuzz"
        case int() if n % 3 == 0:
            return "fizz"
        case int() if n % 5 == 0:
            return "buzz"
        case int():
            return str(n)
        case _:
            return "not int"
print([bucket(n) for n in [-1, 0, 3, 5, 7, 15, 30, 2.0]])
hits = []
def g(v):
    hits.append(v)
    return v > 1
for x in [1, 2]:
    match x:
        case y if g(y):
            print("guard true for", y)
        case y:
            print("fallback for", y)
print(hits)
