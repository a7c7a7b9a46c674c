rows = [("id", "name", "score"), (1, "alice", 93.5), (2, "bob", 78.25), (3, "charlotte", 88.0)]
lines = []
for r in rows:
    lines.append(",".join(str(x) for x in r))
csv = "\n".join(lines)
print(csv)
print("---")
parsed = [line.split(",") for line in csv.splitlines()]
header, *body = parsed
print(header)
for b in body:
    rec = dict(zip(header, b))
    print(rec["name"].upper(), float(rec["score"]) * 2)
