class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  (radd called with", repr(other), ")")
        return self.__add__(other)
    def __sub__(self, other):
        if isinstance(other, int):
            return Money(self.cents - other)
        return NotImplemented
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
m = Money(250)
print(m + Money(125), m + 5, 5 + m, 1000 - m, m - 50)
print(sum([Money(100), Money(250), Money(5)]))
print(sorted([Money(300), Money(20), Money(150)]))
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" - m
except TypeError as e:
    print("TypeError:", e)
