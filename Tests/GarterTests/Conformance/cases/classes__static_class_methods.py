class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class FancyDate(Date):
    pass
d = Date.from_string("2024-02-29")
f = FancyDate.from_string("1999-12-31")
print(d, f, type(f).__name__)
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024), FancyDate.is_leap(2023))
print([y for y in range(1890, 1920) if Date.is_leap(y)])
class Counter:
    instances = 0
    def __init__(self):
        Counter.increment()
    @classmethod
    def increment(cls):
        cls.instances += 1
    @classmethod
    def get(cls):
        return cls.instances
for _ in range(4):
    Counter()
print(Counter.get(), Counter().get())
