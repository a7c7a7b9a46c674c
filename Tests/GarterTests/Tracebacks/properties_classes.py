class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + self.offset
    def __repr__(self):
        return f"Temperature({self._c})"
class Config:
    limit = 10 / 2
t = Temperature(20)
print(t)
print(t.fahrenheit)
