big = 10 ** 400
print(len(str(big)))
print(float(big))
