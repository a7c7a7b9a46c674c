haystack = "the cat sat on the mat with a hat"
needles = ["cat", "dog", "at", "the", "", "mat with"]
for n in needles:
    print(repr(n), n in haystack, haystack.count(n) if n else "-", haystack.find(n))
words = haystack.split()
print([w for w in words if "at" in w])
print(sum(len(w) for w in words), len(words))
