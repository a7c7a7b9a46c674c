t, f = True, False
print(t + t + t, t - f, t * 7, -t, ~t, t / 2)
print(sum([True, False, True, True]))
print(t & f, t | f, t ^ t, type(t & f).__name__, type(t + f).__name__)
print(int(t), float(f), str(t), repr(f))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool("0"))
print(bool([]), bool([0]), bool({}), bool(None), bool(()), bool(range(0)))
print(True is True, 1 == True, isinstance(True, int), issubclass(bool, int))
print(t and 5, f and 5, t or 5, f or 5, not t, not 0)
