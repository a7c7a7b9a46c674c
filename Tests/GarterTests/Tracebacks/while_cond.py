x = 1
while x > None:
    pass
