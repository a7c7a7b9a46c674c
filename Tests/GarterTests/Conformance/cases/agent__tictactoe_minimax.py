LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None

calls = 0
def minimax(b, player, memo):
    global calls
    calls += 1
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        return (1 if w == "X" else -1), None
    if "." not in b:
        return 0, None
    best = None
    for i, ch in enumerate(b):
        if ch == ".":
            nb = b[:i] + player + b[i + 1:]
            score, _ = minimax(nb, "O" if player == "X" else "X", memo)
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    memo[key] = best
    return best

def show(b):
    return "\n".join(" ".join(b[r * 3:r * 3 + 3]) for r in range(3))

positions = ["X.O.X..O.", "XO..X.O..", "XOXOXO...", "OX.OX...."]
for pos in positions:
    xs, os_ = pos.count("X"), pos.count("O")
    to_move = "X" if xs == os_ else "O"
    score, move = minimax(pos, to_move, {})
    outcome = {1: "X wins", -1: "O wins", 0: "draw"}[score]
    print(show(pos))
    print(f"{to_move} to move -> best square {move}, perfect play: {outcome}")
    print()
board = "X...O...."
player = "X"
memo = {}
while not winner(board) and "." in board:
    _, mv = minimax(board, player, memo)
    board = board[:mv] + player + board[mv + 1:]
    player = "O" if player == "X" else "X"
print(show(board))
print("self-play result:", winner(board) or "draw", "| positions evaluated:", len(memo))
