from collections import Counter
import string
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(string.punctuation).lower() for w in text.split()]
c = Counter(words)
print(c.most_common(5))
print(c["was"], c["missing"], len(c), c.total())
letters = Counter(ch for ch in text.lower() if ch.isalpha())
print(letters.most_common(3), sorted(letters)[:5])
print(Counter("mississippi"))
print(Counter({"a": 3, "b": -1, "c": 0}))
print(Counter(a=2, b=2, c=2).most_common(), Counter("zzyyxx").most_common())
print(Counter(), Counter([]), repr(Counter("a")))
print(sorted(Counter("hello").elements()), list(Counter(x=2, y=0, z=-1).elements()))
print(dict(Counter("aab")), list(Counter("cba").keys()), isinstance(c, dict), type(c).__name__)
