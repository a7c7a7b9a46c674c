data = [10, 20, 30]
i = 0
while True:
    print(data[i])
    i += 1
