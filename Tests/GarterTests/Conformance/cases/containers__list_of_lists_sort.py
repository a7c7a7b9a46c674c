rows = [[3, "c", 1.5], [1, "a", 9.9], [2, "b", 0.1], [1, "z", 0.0]]
print(sorted(rows))
print(sorted(rows, key=lambda r: r[2]))
rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
print(rows)
print([r[1] for r in rows], max(r[2] for r in rows))
