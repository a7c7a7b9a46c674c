def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
for n in [1, 6, 7, 27, 97]:
    seq = [n]
    while seq[-1] != 1:
        m = seq[-1]
        seq.append(m // 2 if m % 2 == 0 else 3 * m + 1)
    print(n, len(seq) - 1, max(seq), seq[:8])
