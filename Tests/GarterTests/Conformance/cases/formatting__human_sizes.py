def human(n):
    units = ["B", "KB", "MB", "GB", "TB"]
    size = float(n)
    for u in units:
        if size < 1024 or u == units[-1]:
            return f"{size:.1f} {u}" if u != "B" else f"{int(size)} {u}"
        size /= 1024

for n in [0, 1, 1023, 1024, 1536, 10 ** 6, 5 * 1024 ** 3, 2 ** 50, 10 ** 16]:
    print(f"{n:>20,} -> {human(n):>10}")
