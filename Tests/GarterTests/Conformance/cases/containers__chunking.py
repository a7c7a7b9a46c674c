def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]

data = list(range(1, 12))
for n in (1, 3, 4, 11, 20):
    print(n, chunks(data, n))
print(chunks("abcdefg", 3), chunks((1, 2, 3), 2), chunks([], 5))
def sliding(seq, k):
    return [tuple(seq[i:i + k]) for i in range(len(seq) - k + 1)]
print(sliding([1, 2, 3, 4, 5], 3), sliding([1], 2))
