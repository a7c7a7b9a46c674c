vowels = dict.fromkeys("aeiou", 0)
for ch in "programming language design":
    if ch in vowels:
        vowels[ch] += 1
print(vowels)
print("a" in vowels, 0 in vowels, 0 in vowels.values(), ("u", 2) in vowels.items())
