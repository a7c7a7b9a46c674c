s = "hello"
t = s.upper()
print(s, t, s is not t)
u = s.replace("l", "L")
print(s, u)
lst = list(s)
lst[0] = "J"
print("".join(lst), s)
print(s[:1].upper() + s[1:])
print("-".join(reversed(s.split("l"))))
words = "one two three".split()
words[1] = words[1].upper()
print(" ".join(words))
