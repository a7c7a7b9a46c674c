def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return abs(a * b) // gcd(a, b)

pairs = [(12, 18), (17, 5), (0, 9), (100, 75), (-24, 36), (2 ** 40, 6 ** 20)]
for a, b in pairs:
    print(f"gcd({a}, {b}) = {gcd(a, b)}, lcm = {lcm(a, b) if a and b else 0}")
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print("lcm(1..20) =", acc)
