try:
    {"a": 1}["b"]
except KeyError as e:
    print(str(e), repr(e), e.args, e.args[0])
try:
    int("12x")
except ValueError as e:
    print(str(e), e.args)
try:
    [].pop()
except IndexError as e:
    print(str(e))
try:
    x = 1 + None
except TypeError as e:
    print(str(e))
try:
    "abc".missing()
except AttributeError as e:
    print(str(e))
try:
    print(undefined_var)
except NameError as e:
    print(str(e))
try:
    1 % 0
except ZeroDivisionError as e:
    print(str(e))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(str(e))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(str(e))
try:
    float(10 ** 400)
except OverflowError as e:
    print(str(e), e.args)
