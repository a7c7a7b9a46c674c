records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
by_age_desc = sorted(records, key=lambda r: r[1], reverse=True)
print(by_age_desc)
two = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: -r[1])
print(two)
print(sorted(records, key=lambda r: (-r[1], r[0])))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, n)))
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
