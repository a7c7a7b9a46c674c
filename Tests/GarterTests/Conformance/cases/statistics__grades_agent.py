import statistics as st
grades = {
    "ann": [88, 92, 79, 93],
    "bob": [72, 65, 80, 70],
    "cyd": [95, 98, 100, 91],
    "dee": [60, 75, 70, 68],
}
rows = []
for name, g in grades.items():
    rows.append((name, st.mean(g), st.median(g), round(st.stdev(g), 3)))
for name, mean, median, sd in sorted(rows, key=lambda r: r[1], reverse=True):
    print(f"{name:<4} mean={mean:<6} median={median:<5} sd={sd}")
all_scores = [s for g in grades.values() for s in g]
cut = st.quantiles(all_scores, n=4)
print("quartiles:", cut)
mu, sigma = st.mean(all_scores), st.pstdev(all_scores)
outliers = [s for s in all_scores if abs(s - mu) > 1.5 * sigma]
print(f"mean={mu} sd={sigma:.4f} outliers={outliers}")
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
