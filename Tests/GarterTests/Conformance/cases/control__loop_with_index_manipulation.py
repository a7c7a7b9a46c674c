words = ["a", "bb", "ccc", "dd", "e"]
i = 0
out = []
while i < len(words):
    w = words[i]
    if len(w) == 3:
        out.append(w.upper())
        i += 2
        continue
    out.append(w)
    i += 1
print(out)
for idx in range(len(words) - 1, -1, -1):
    if len(words[idx]) == 2:
        words.pop(idx)
print(words)
