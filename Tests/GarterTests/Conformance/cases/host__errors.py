# --- host functions ---
def lookup(key):
    table = {"a": 1, "b": 2}
    return table[key]

def divide(a, b):
    return a / b

def check(value):
    if not isinstance(value, int):
        raise TypeError(f"expected int, got {type(value).__name__}")
    if value > 100:
        raise OverflowError("too big")
    return value * 2
# --- program ---
print(lookup("a"))
try:
    lookup("zzz")
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    divide(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for v in [1, "s", 500]:
    try:
        print(check(v))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    lookup("missing")
except Exception as e:
    print("generic", type(e).__name__)
finally:
    print("finally ran")
print(divide(7, 2))
lookup("nope")
