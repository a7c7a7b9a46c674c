value = 10
print(value)
print(value[0])
