# int.is_integer() arrived in Python 3.12: under 3.11 semantics it does not exist, while
# float.is_integer() does.
print((2.0).is_integer(), (2.5).is_integer())
print(hasattr(5, "is_integer"), hasattr(True, "is_integer"))
try:
    (5).is_integer()
except AttributeError as e:
    print(e)
