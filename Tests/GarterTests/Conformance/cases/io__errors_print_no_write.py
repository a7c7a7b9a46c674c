print("before")
print("x", file=3)
