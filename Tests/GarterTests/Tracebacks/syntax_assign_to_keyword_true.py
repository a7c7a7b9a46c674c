True = 0
print(True)
