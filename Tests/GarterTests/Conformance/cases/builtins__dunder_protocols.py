class Celsius:
    def __init__(self, deg):
        self.deg = deg
    def __abs__(self):
        return Celsius(abs(self.deg))
    def __round__(self, ndigits=None):
        return Celsius(round(self.deg, ndigits))
    def __int__(self):
        return int(self.deg)
    def __float__(self):
        return float(self.deg)
    def __index__(self):
        return int(self.deg)
    def __bool__(self):
        return self.deg != 0
    def __len__(self):
        return 1
    def __repr__(self):
        return f"Celsius({self.deg})"
t = Celsius(-12.345)
print(abs(t), round(t), round(t, 1), int(t), float(t), bool(t), bool(Celsius(0)))
print(hex(Celsius(255)), bin(Celsius(5)), oct(Celsius(8)), [10, 20, 30][Celsius(1)], "abc"[Celsius(2)])
print(len(t), list(range(Celsius(3))), "x" * Celsius(3))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(sum(Countdown(5)), max(Countdown(4)), sorted(Countdown(3)), list(enumerate(Countdown(2))))
