def djb2(s):
    h = 5381
    for c in s:
        h = (h * 33 + ord(c)) & 0xFFFFFFFF
    return h

for s in ["", "a", "hello", "Hello", "the quick brown fox"]:
    print(repr(s), djb2(s), hex(djb2(s)))
buckets = [[] for _ in range(5)]
for w in "alpha beta gamma delta epsilon zeta eta theta".split():
    buckets[djb2(w) % 5].append(w)
print(buckets)
