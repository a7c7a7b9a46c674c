matrix = [[1, -2, 3], [-4, 5, -6], [7, -8, 9]]
positives = [[v for v in row if v > 0] for row in matrix]
print(positives)
flat_pos = [v for row in matrix for v in row if v > 0]
print(flat_pos)
abs_m = [[abs(v) for v in row] for row in matrix]
print(abs_m)
cols = [[row[i] for row in matrix] for i in range(3)]
print(cols)
print([sum(r) for r in matrix], [max(c) for c in cols])
coords = [(r, c) for r in range(3) for c in range(3) if matrix[r][c] < 0]
print(coords)
