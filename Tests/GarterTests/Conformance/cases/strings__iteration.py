s = "abcde"
for i, c in enumerate(s):
    print(i, c, end="; ")
print()
for a, b in zip(s, s[1:]):
    print(a + b, end=" ")
print()
print(list(s), tuple(s), list(reversed(s)), sorted(s, reverse=True))
it = iter("xy")
print(next(it), next(it), next(it, "done"))
print([c * i for i, c in enumerate("abc", 1)])
print("b" in s, "bd" in s, "bc" in s, [c for c in s if c in "aeiou"])
