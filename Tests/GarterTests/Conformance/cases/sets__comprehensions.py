nums = range(-5, 6)
squares = {n * n for n in nums}
print(sorted(squares), len(squares))
mods = {n % 4 for n in range(100)}
print(mods)
words = ["apple", "Avocado", "banana", "blueberry", "cherry"]
initials = {w[0].lower() for w in words}
print(sorted(initials))
pairs = {(a, b) for a in range(4) for b in range(4) if a < b}
print(len(pairs), sorted(pairs))
