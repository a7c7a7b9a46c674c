responses = [
    {"id": 1, "age": 24, "role": "dev", "satisfaction": 4, "remote": "yes", "langs": "python, go"},
    {"id": 2, "age": 37, "role": "manager", "satisfaction": 3, "remote": "hybrid", "langs": "python"},
    {"id": 3, "age": 29, "role": "dev", "satisfaction": 5, "remote": "yes", "langs": "rust,python , swift"},
    {"id": 4, "age": 45, "role": "qa", "satisfaction": 2, "remote": "no", "langs": ""},
    {"id": 5, "age": 31, "role": "dev", "satisfaction": None, "remote": "hybrid", "langs": "Go, TypeScript"},
    {"id": 6, "age": 52, "role": "manager", "satisfaction": 4, "remote": "no", "langs": "python"},
    {"id": 7, "age": 27, "role": "qa", "satisfaction": 3, "remote": "yes", "langs": "typescript"},
    {"id": 8, "age": 33, "role": "dev", "satisfaction": 5, "remote": "yes", "langs": "python, rust"},
]

def bracket(age):
    lo = age // 10 * 10
    return f"{lo}-{lo + 9}"

answered = [r for r in responses if r["satisfaction"] is not None]
print(f"responses: {len(responses)}, answered satisfaction: {len(answered)}")
avg = sum(r["satisfaction"] for r in answered) / len(answered)
print(f"overall satisfaction: {avg:.2f}/5")
for key in ("role", "remote"):
    groups = {}
    for r in answered:
        groups.setdefault(r[key], []).append(r["satisfaction"])
    print(f"by {key}:")
    for g, vals in sorted(groups.items(), key=lambda kv: -sum(kv[1]) / len(kv[1])):
        print(f"  {g:<8} n={len(vals)} avg={sum(vals) / len(vals):.2f} {'*' * round(sum(vals) / len(vals))}")
ages = {}
for r in responses:
    ages[bracket(r["age"])] = ages.get(bracket(r["age"]), 0) + 1
print("age brackets:", dict(sorted(ages.items())))
lang_counts = {}
for r in responses:
    for lang in r["langs"].split(","):
        lang = lang.strip().lower()
        if lang:
            lang_counts[lang] = lang_counts.get(lang, 0) + 1
print("languages:", sorted(lang_counts.items(), key=lambda kv: (-kv[1], kv[0])))
dist = [sum(1 for r in answered if r["satisfaction"] == s) for s in range(1, 6)]
print("distribution 1..5:", dist)
nps_like = (sum(1 for r in answered if r["satisfaction"] >= 4) - sum(1 for r in answered if r["satisfaction"] <= 2)) / len(answered)
print(f"net score: {nps_like:+.0%}")
