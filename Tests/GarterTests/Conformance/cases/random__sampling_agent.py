import random
random.seed(7)
customers = [{"id": i, "region": random.choice(["north", "south", "east", "west"]), "spend": round(random.uniform(10, 500), 2)} for i in range(1, 41)]
audit = random.sample(customers, 5)
for c in sorted(audit, key=lambda c: c["id"]):
    print(c)
control, treatment = [], []
ids = [c["id"] for c in customers]
random.shuffle(ids)
control, treatment = sorted(ids[:20]), sorted(ids[20:])
print(control)
print(treatment)
print(sum(c["spend"] for c in customers if c["id"] in treatment) > 0)
