board = {}
for r in range(3):
    for c in range(3):
        board[(r, c)] = "."
moves = [((1, 1), "X"), ((0, 0), "O"), ((2, 2), "X"), ((0, 2), "O"), ((0, 1), "X")]
for pos, mark in moves:
    board[pos] = mark
for r in range(3):
    print(" ".join(board[(r, c)] for c in range(3)))
lines = [[(r, c) for c in range(3)] for r in range(3)] + [[(r, c) for r in range(3)] for c in range(3)]
lines += [[(i, i) for i in range(3)], [(i, 2 - i) for i in range(3)]]
for line in lines:
    marks = [board[p] for p in line]
    if marks[0] != "." and marks.count(marks[0]) == 3:
        print("winner", marks[0], line)
        break
else:
    print("no winner yet;", sum(v == "." for v in board.values()), "empty")
