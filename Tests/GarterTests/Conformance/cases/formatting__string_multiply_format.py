levels = [("ERROR", 3), ("WARN", 12), ("INFO", 40), ("DEBUG", 7)]
mx = max(c for _, c in levels)
for lvl, c in levels:
    bar = "█" * (c * 30 // mx)
    print(f"{lvl:<6}|{bar:<30}| {c:>3}")
