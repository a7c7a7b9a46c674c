import itertools
pairs = list(itertools.combinations([1, 2, 3], 2))
print(pairs)
print(list(itertools.combinations([1, 2, 3])))
