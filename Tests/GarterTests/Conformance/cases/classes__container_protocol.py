class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [fill] * (w * h)
    def _idx(self, key):
        r, c = key
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f"cell {key} out of range")
        return r * self.w + c
    def __getitem__(self, key):
        return self.cells[self._idx(key)]
    def __setitem__(self, key, v):
        self.cells[self._idx(key)] = v
    def __delitem__(self, key):
        self.cells[self._idx(key)] = 0
    def __len__(self):
        return self.w * self.h
    def __contains__(self, v):
        return v in self.cells
    def __iter__(self):
        for r in range(self.h):
            yield [self[r, c] for c in range(self.w)]
    def __bool__(self):
        return any(self.cells)
g = Grid(3, 2)
print(len(g), bool(g), 5 in g)
g[0, 1] = 5
g[1, 2] = 7
print(g[0, 1], 5 in g, bool(g), list(g))
del g[0, 1]
print(list(g), 5 in g)
try:
    g[2, 0]
except IndexError as e:
    print("IndexError:", e)
for row in g:
    print(row)
