def spiral(n):
    m = [[0] * n for _ in range(n)]
    x = y = 0
    dx, dy = 0, 1
    for k in range(1, n * n + 1):
        m[x][y] = k
        nx, ny = x + dx, y + dy
        if not (0 <= nx < n and 0 <= ny < n and m[nx][ny] == 0):
            dx, dy = dy, -dx
            nx, ny = x + dx, y + dy
        x, y = nx, ny
    return m
for row in spiral(5):
    print(" ".join(f"{v:2}" for v in row))
def read_spiral(m):
    res = []
    while m:
        res += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return res
print(read_spiral(spiral(4)))
