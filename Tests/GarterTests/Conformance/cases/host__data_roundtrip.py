# --- host functions ---
def echo(value):
    return value

def describe(value):
    return f"{type(value).__name__}:{value!r}"
# --- program ---
values = [None, True, False, 0, -5, 2**100, -2**80, 1.5, float("inf"), "héllo ✓", b"\x00\xff",
          [1, [2, [3]]], (1, "a"), {"b": 1, "a": [2]}, {3, 1, 2}, frozenset({"x"}), (), [], {}]
for v in values:
    r = echo(v)
    print(repr(r), r == v, type(r).__name__)
    print(describe(v))
nested = {"users": [{"id": i, "roles": ("admin",) if i == 0 else ()} for i in range(3)]}
print(echo(nested) == nested)
print(echo(float("nan")) != echo(float("nan")))
