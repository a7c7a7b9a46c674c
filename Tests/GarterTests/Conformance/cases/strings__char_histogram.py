text = "hello world how are you"
hist = {}
for ch in text:
    if ch != " ":
        hist[ch] = hist.get(ch, 0) + 1
for ch in sorted(hist, key=lambda c: (-hist[c], c)):
    print(f"{ch}: {'*' * hist[ch]} ({hist[ch]})")
print(max(hist.values()), "distinct:", len(hist))
