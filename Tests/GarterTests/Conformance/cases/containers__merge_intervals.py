def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
for iv in [[[1, 3], [2, 6], [8, 10], [15, 18]], [[1, 4], [4, 5]], [[5, 7]], [], [[1, 10], [2, 3], [4, 5]]]:
    print(iv, "->", merge(iv))
