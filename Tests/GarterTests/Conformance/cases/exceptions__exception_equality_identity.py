try:
    raise ValueError("same")
except ValueError as e1:
    first = e1
try:
    raise first
except ValueError as e2:
    print(e2 is first)
print(ValueError("a") == ValueError("a"), ValueError("a").args == ValueError("a").args)
try:
    raise TypeError("t")
except (ValueError, TypeError) as e:
    print(type(e).__name__)
handlers = (KeyError, IndexError)
try:
    raise IndexError("i")
except handlers as e:
    print("caught via tuple variable:", e)
