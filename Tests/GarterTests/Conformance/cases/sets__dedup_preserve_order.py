items = [3, 1, 3, 2, 1, 5, 2, 8, 3]
seen = set()
unique = []
for x in items:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, sorted(set(items)), len(set(items)))
print(list(dict.fromkeys(items)))
words = ["b", "a", "b", "c", "a"]
print(list(dict.fromkeys(words)), sorted(set(words)))
