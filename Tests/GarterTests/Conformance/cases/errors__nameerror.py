def compute():
    return undefined_total * 2
value = 21
print("value =", value)
print(compute())
