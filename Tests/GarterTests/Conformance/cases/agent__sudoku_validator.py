GOOD = """
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179
"""
BAD = GOOD.replace("534678912", "534678921").replace("287419635", "287419653")

def load(text):
    return [[int(c) for c in line] for line in text.split()]

def problems(grid):
    issues = []
    for r in range(9):
        row = grid[r]
        if sorted(row) != list(range(1, 10)):
            dup = sorted({v for v in row if row.count(v) > 1})
            issues.append(f"row {r + 1} duplicates {dup}")
    for c in range(9):
        col = [grid[r][c] for r in range(9)]
        if sorted(col) != list(range(1, 10)):
            dup = sorted({v for v in col if col.count(v) > 1})
            issues.append(f"col {c + 1} duplicates {dup}")
    for br in range(3):
        for bc in range(3):
            box = [grid[r][c] for r in range(br * 3, br * 3 + 3) for c in range(bc * 3, bc * 3 + 3)]
            if len(set(box)) != 9:
                issues.append(f"box ({br + 1},{bc + 1}) invalid")
    return issues

for label, text in [("good", GOOD), ("bad", BAD)]:
    grid = load(text)
    found = problems(grid)
    print(f"{label}: {'VALID' if not found else 'INVALID'}")
    for p in found:
        print("   ", p)
g = load(GOOD)
for r in range(9):
    if r and r % 3 == 0:
        print("------+-------+------")
    row = ""
    for c in range(9):
        if c and c % 3 == 0:
            row += "| "
        row += str(g[r][c]) + " "
    print(row.rstrip())
print("diagonal sums:", sum(g[i][i] for i in range(9)), sum(g[i][8 - i] for i in range(9)))
