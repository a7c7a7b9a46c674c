for a in [7, -7, 7.5, -7.5, 0]:
    row = []
    for b in [2, -2, 3.0]:
        row.append(f"{str(divmod(a, b)):>14}")
    print(f"{a:>5}", "".join(row))
