employees = [("ann", "eng", 120), ("bob", "eng", 95), ("cy", "ops", 95), ("dee", "ops", 130), ("eve", "eng", 120)]
print(sorted(employees, key=lambda e: (e[1], -e[2], e[0])))
print(max(employees, key=lambda e: (e[2], e[0])))
by_dept = {}
for e in employees:
    by_dept.setdefault(e[1], []).append(e)
print({d: max(es, key=lambda e: e[2])[0] for d, es in by_dept.items()})
top = sorted(employees, key=lambda e: e[2], reverse=True)[:3]
print([e[0] for e in top])
