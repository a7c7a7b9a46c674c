def parse(rows):
    return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"}

def step(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = (r + dr, c + dc)
                    counts[k] = counts.get(k, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def show(live, h, w):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h))

glider = parse([".#......", "..#.....", "###.....", "........", "........", "........"])
gen = glider
for i in range(5):
    print(f"gen {i} ({len(gen)} alive)")
    print(show(gen, 6, 8))
    gen = step(gen)
blinker = parse(["...", "###", "..."])
print("blinker period 2:", step(step(blinker)) == blinker, step(blinker) != blinker)
block = parse(["##", "##"])
print("block still life:", step(block) == block)
shifted = {(r + 1, c + 1) for r, c in glider}
g4 = glider
for _ in range(4):
    g4 = step(g4)
print("glider moved diagonally after 4 gens:", g4 == shifted)
rpent = parse([".##", "##.", ".#."])
pop = []
cur = rpent
for _ in range(30):
    pop.append(len(cur))
    cur = step(cur)
print("r-pentomino population:", pop)
