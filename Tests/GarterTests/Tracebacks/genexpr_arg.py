rows = [1, "2"]
t = sum(r * 2 + 1 for r in rows)
