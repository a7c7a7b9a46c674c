x = 3
if x:
    break
print(x)
