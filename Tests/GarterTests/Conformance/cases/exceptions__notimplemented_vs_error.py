class Base:
    def area(self):
        raise NotImplementedError
    def __eq__(self, other):
        return NotImplemented
try:
    Base().area()
except NotImplementedError as e:
    print(repr(e), str(e) == "")
print(Base() == Base(), Base() != Base())
b = Base()
print(b == b)
print(NotImplemented, type(NotImplemented).__name__)
