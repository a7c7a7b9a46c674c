totals = {}
for k in ["a"]:
    totals[k] += 1
