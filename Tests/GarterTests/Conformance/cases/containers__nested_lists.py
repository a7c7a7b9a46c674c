grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [list(row) for row in zip(*matrix)]
print(transposed)
print([row[::-1] for row in matrix], matrix[::-1])
diag = [matrix[i][i] for i in range(3)]
anti = [matrix[i][2 - i] for i in range(3)]
print(diag, anti, sum(diag), sum(anti))
flat = [x for row in matrix for x in row]
print(flat)
rotated = [list(r) for r in zip(*matrix[::-1])]
print(rotated)
