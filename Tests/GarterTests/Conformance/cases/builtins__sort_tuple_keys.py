# Sorting by tuple keys: ints, strings, floats, mixed lengths, reverse stability, errors.
records = [
    {"dept": "eng", "salary": 120, "id": 3, "score": 1.5},
    {"dept": "ops", "salary": 90, "id": 1, "score": 2.0},
    {"dept": "eng", "salary": 150, "id": 2, "score": 1.5},
    {"dept": "eng", "salary": 120, "id": 0, "score": -0.0},
    {"dept": "hr", "salary": 90, "id": 4, "score": 0.0},
]
print([r["id"] for r in sorted(records, key=lambda r: (r["dept"], -r["salary"], r["id"]))])
print([r["id"] for r in sorted(records, key=lambda r: (r["score"], r["dept"]))])
print([r["id"] for r in sorted(records, key=lambda r: (r["salary"],), reverse=True)])
print([r["id"] for r in sorted(records, key=lambda r: (r["dept"],), reverse=True)])
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (), (1, "a", 0), (True, "a")]))
print(sorted([(2, 1.5), (2, 1), (1, 10**30), (1, -10**30), (2, float("inf"))]))
print(sorted([("é", 1), ("e", 2), ("E", 3), ("ê", 0)], reverse=True))
nan = float("nan")
print(sorted([(nan, 1), (nan, 0)]))
t = (nan, 2)
print(sorted([t, (1.0, 1), t]))
print(sorted([((1, 2), "x"), ((1, 1), "y"), ((0, 9), "z")]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (-len(w), w[::-1])))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(None,), (None,), (1,)])
except TypeError as e:
    print("TypeError:", e)
print(sorted([(None,), (None,)]))
