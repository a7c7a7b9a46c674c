names = ["ann", "bob", "cy"]
scores = [90, 75, 82]
print([f"{i}:{n}" for i, n in enumerate(names, 1)])
print({n: s for n, s in zip(names, scores) if s > 80})
print([a - b for a, b in zip(scores, scores[1:])])
print([(n, "pass" if s >= 80 else "fail") for n, s in zip(names, scores)])
print([i for i, s in enumerate(scores) if s == max(scores)])
