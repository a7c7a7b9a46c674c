students = {
    "Ana": {"hw": [92, 88, 95, 100], "midterm": 85, "final": 91},
    "Ben": {"hw": [70, 65, 80, 0], "midterm": 72, "final": 68},
    "Chloe": {"hw": [100, 100, 98, 99], "midterm": 97, "final": 99},
    "Dev": {"hw": [55, 60, 58, 62], "midterm": 50, "final": 61},
    "Eli": {"hw": [85, 90, 0, 88], "midterm": 88, "final": 79},
}
WEIGHTS = {"hw": 0.3, "midterm": 0.3, "final": 0.4}

def hw_average(scores):
    dropped = sorted(scores)[1:]
    return sum(dropped) / len(dropped)

def letter(score):
    for cutoff, grade in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if score >= cutoff:
            return grade
    return "F"

results = []
for name, rec in students.items():
    hw = hw_average(rec["hw"])
    final_score = hw * WEIGHTS["hw"] + rec["midterm"] * WEIGHTS["midterm"] + rec["final"] * WEIGHTS["final"]
    results.append((name, round(hw, 2), rec["midterm"], rec["final"], round(final_score, 2), letter(final_score)))

results.sort(key=lambda r: -r[4])
print(f"{'Rank':<5}{'Student':<8}{'HW':>7}{'Mid':>5}{'Fin':>5}{'Score':>8}  Grade")
for rank, (name, hw, mid, fin, score, grade) in enumerate(results, 1):
    print(f"{rank:<5}{name:<8}{hw:>7.2f}{mid:>5}{fin:>5}{score:>8.2f}  {grade}")

scores = [r[4] for r in results]
mean = sum(scores) / len(scores)
var = sum((s - mean) ** 2 for s in scores) / len(scores)
print(f"\nclass mean={mean:.2f} stdev={var ** 0.5:.2f} high={max(scores)} low={min(scores)}")
dist = {}
for r in results:
    dist[r[5]] = dist.get(r[5], 0) + 1
for g in "ABCDF":
    print(f"  {g}: {'*' * dist.get(g, 0)}")
at_risk = [r[0] for r in results if r[5] in ("D", "F")]
print("at risk:", at_risk if at_risk else "none")
