text = "the rain in spain falls mainly on the plain the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
by_len = {}
for w in set(text.split()):
    by_len.setdefault(len(w), []).append(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
