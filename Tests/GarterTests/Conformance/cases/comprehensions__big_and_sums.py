print(sum(i * i for i in range(1, 1001)))
print(sum([i for i in range(100000) if i % 7 == 0]))
print(len({i * i % 1000 for i in range(10000)}))
print(max(i * (100 - i) for i in range(101)))
