team_a = {101, 102, 103, 104, 105}
team_b = {104, 105, 106, 107}
team_c = {101, 105, 107, 108}
print("all:", sorted(team_a | team_b | team_c))
print("in all three:", team_a & team_b & team_c)
print("only a:", sorted(team_a - team_b - team_c))
everyone = [team_a, team_b, team_c]
counts = {}
for t in everyone:
    for m in t:
        counts[m] = counts.get(m, 0) + 1
print("in exactly two:", sorted(m for m, c in counts.items() if c == 2))
print("a xor b:", sorted(team_a ^ team_b))
print(set.union(*everyone) == team_a | team_b | team_c, sorted(set.intersection(team_a, team_b)))
