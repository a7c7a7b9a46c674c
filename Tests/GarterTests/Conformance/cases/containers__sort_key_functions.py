words = ["Banana", "apple", "Cherry", "date", "Elderberry", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[-1]))
print(sorted(words, key=lambda w: sum(c in "aeiou" for c in w.lower()), reverse=True))
nums = ["10", "9", "100", "1"]
print(sorted(nums), sorted(nums, key=int))
