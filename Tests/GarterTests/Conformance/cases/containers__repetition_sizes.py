# Sequence repetition: short and long results, lists, tuples, bytes, strings, nesting.
print([0] * 8, [None] * 3, [1, 2] * 5, [] * 10**18, [[0] * 2] * 3, (1, 2) * 4, () * 5)
print(len([0] * 64), len([0] * 65), len([1, 2, 3] * 22), len([1, 2, 3] * 21), len(["x"] * 1000))
print(b"ab" * 3, bytearray(b"xy") * 2, "ab" * 3, [0] * -3, (1,) * 0, [7] * True)
grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 5
shared = [[0] * 2] * 2
shared[0][0] = 9
print(grid, shared, sum([1] * 100), [1, 2] * 32 == [1, 2] * 32, ([3] * 40)[-1])
rows = 0
for i in range(200):
    row = [i] * (i % 7 + 1)
    rows += sum(row) + len(row)
print(rows)
