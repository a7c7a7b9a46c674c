s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[1:10:3])
print(s[100:], s[-100:3], s[5:2], repr(s[5:2]), s[::-3])
print(len(s), s[len(s) - 1], s[:], s[:0] == "")
word = "racecar"
print(word == word[::-1], word[:3] + word[3:] == word)
for i in range(0, len(s), 4):
    print(i, repr(s[i:i + 4]))
