def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

class Q:
    def __init__(self, num, den=1):
        g = gcd(abs(num), abs(den)) or 1
        sign = -1 if den < 0 else 1
        self.num, self.den = sign * num // g, sign * den // g
    @classmethod
    def parse(cls, s):
        total = Q(0)
        for part in s.split():
            if "/" in part:
                n, d = part.split("/")
                total = total + Q(int(n), int(d))
            else:
                total = total + Q(int(part))
        return total
    def __add__(self, o):
        return Q(self.num * o.den + o.num * self.den, self.den * o.den)
    def __mul__(self, o):
        return Q(self.num * o.num, self.den * o.den)
    def __str__(self):
        whole, rem = divmod(self.num, self.den)
        if rem == 0:
            return str(whole)
        return f"{whole} {rem}/{self.den}" if whole else f"{rem}/{self.den}"

recipe = [
    ("flour", "2 1/4", "cup"), ("sugar", "3/4", "cup"), ("butter", "1/2", "cup"),
    ("eggs", "2", ""), ("vanilla", "1 1/2", "tsp"), ("salt", "1/8", "tsp"), ("baking soda", "1", "tsp"),
]
for label, factor in [("original (24 cookies)", Q(1)), ("half batch", Q(1, 2)), ("x1.5", Q(3, 2)), ("triple", Q(3))]:
    print(f"-- {label} --")
    for name, qty, unit in recipe:
        scaled = Q.parse(qty) * factor
        print(f"  {str(scaled):>7} {unit:<4} {name}")
tsp_per_cup = Q(48)
cups = Q(0)
for name, qty, unit in recipe:
    if unit == "cup":
        cups = cups + Q.parse(qty)
print("total cups of dry+fat:", cups, "=", cups * tsp_per_cup, "tsp")
