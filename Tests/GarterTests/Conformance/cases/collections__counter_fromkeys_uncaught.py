from collections import Counter
c = Counter("aab")
print(c)
c2 = Counter.fromkeys("abc", 1)
