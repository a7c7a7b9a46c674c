vals = [1, 1.5, True, "s", [1], (1,), {1: 1}, {1}, None, range(2), b"x"]
for v in vals:
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object))
print(isinstance(True, bool), isinstance(1, bool), issubclass(bool, int), issubclass(int, object))
print(type(None).__name__, type(print).__name__, type(len).__name__, type(lambda: 0).__name__)
print(type(int).__name__, type(type).__name__, isinstance(int, type), type(3) == int)
class Mine(list):
    pass
m = Mine([1, 2])
print(isinstance(m, list), type(m) is list, type(m).__name__, m, len(m))
