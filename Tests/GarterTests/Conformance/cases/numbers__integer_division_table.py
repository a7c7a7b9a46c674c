for a in range(-6, 7, 3):
    row = []
    for b in [-4, -3, 3, 4]:
        row.append(f"{a // b:>3}{a % b:>3}")
    print(f"{a:>3}:", " |".join(row))
print(-6 // 4, -6 % 4, 6 // -4, 6 % -4)
print(int(-6 / 4), -6 - 4 * int(-6 / 4))
