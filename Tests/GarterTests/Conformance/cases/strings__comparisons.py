words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "", "a", "ab", "B"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print("apple" == "apple", "apple" != "Apple", "10" < "9", "é" > "z")
print(max(words), min(words), max(words, key=len))
