records = ["alice,30,nyc", "bob,,sf", "carol,abc,la", "dave,41", "eve,25,boston,extra", "frank,52,denver"]
good, bad = [], []
for lineno, rec in enumerate(records, 1):
    try:
        parts = rec.split(",")
        if len(parts) != 3:
            raise ValueError(f"expected 3 fields, got {len(parts)}")
        name, age_s, city = parts
        if not age_s:
            raise ValueError("age is empty")
        age = int(age_s)
        good.append((name, age, city))
    except ValueError as e:
        bad.append((lineno, str(e)))
print(good)
for ln, msg in bad:
    print(f"line {ln}: {msg}")
