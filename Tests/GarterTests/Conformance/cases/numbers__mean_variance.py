data = [2, 4, 4, 4, 5, 5, 7, 9]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / n
std = var ** 0.5
print(n, mean, var, std)
svar = sum((x - mean) ** 2 for x in data) / (n - 1)
print(round(svar, 6), round(svar ** 0.5, 6))
s = sorted(data)
med = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
print("median", med)
counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
mode = max(counts, key=lambda k: (counts[k], -k))
print("mode", mode, counts)
