from dataclasses import dataclass, field

@dataclass(unsafe_hash=True)
class Cell:
    row: int
    col: int
    value: str = field(default="", hash=False, compare=False)

@dataclass(eq=False)
class Handle:
    name: str

@dataclass
class Plain:
    v: int

grid = {Cell(0, 0, "a"), Cell(0, 0, "b"), Cell(1, 2)}
print(len(grid), Cell(0, 0) in grid)
h1, h2 = Handle("x"), Handle("x")
print(h1 == h2, h1 == h1, len({h1, h2}))
try:
    {Plain(1)}
except TypeError as e:
    print(e)
print(Plain.__hash__)
