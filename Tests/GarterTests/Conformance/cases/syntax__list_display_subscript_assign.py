items = [1, 2]
flags = [items[0] = 1]
