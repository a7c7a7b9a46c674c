class A:
    y = 1


while A.y = 1:
    pass
