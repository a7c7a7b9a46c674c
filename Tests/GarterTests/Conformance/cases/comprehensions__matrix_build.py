n = 5
ident = [[int(i == j) for j in range(n)] for i in range(n)]
for row in ident:
    print(row)
mult = [[(i + 1) * (j + 1) for j in range(n)] for i in range(n)]
print("\n".join(" ".join(f"{v:3}" for v in row) for row in mult))
upper = [[mult[i][j] if j >= i else 0 for j in range(n)] for i in range(n)]
print(upper[2], sum(sum(r) for r in upper))
