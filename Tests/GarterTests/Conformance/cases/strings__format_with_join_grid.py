grid = [[(r * 3 + c) ** 2 for c in range(4)] for r in range(4)]
width = max(len(str(v)) for row in grid for v in row)
for row in grid:
    print(" ".join(str(v).rjust(width) for v in row))
print()
print("\n".join("".join("#" if (r + c) % 2 == 0 else "." for c in range(8)) for r in range(4)))
