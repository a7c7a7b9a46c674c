name = "Garter
print(name)
