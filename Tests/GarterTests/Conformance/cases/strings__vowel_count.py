sentence = "Programming in Python is Fun and Educational"
vowels = "aeiouAEIOU"
v = sum(1 for c in sentence if c in vowels)
cons = sum(1 for c in sentence if c.isalpha() and c not in vowels)
print(v, cons, len(sentence) - v - cons)
per = {ch: sentence.lower().count(ch) for ch in "aeiou"}
print(per)
print("".join(c for c in sentence if c not in vowels))
print(" ".join(w[::-1] for w in sentence.split()))
print(" ".join(sorted(sentence.split(), key=len)))
