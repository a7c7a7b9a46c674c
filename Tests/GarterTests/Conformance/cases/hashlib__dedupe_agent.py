import hashlib
documents = {
    "a.txt": "Quarterly report: revenue up 4%",
    "b.txt": "quarterly report: revenue up 4%",
    "c.txt": "Quarterly report: revenue up 4%",
    "d.txt": "Meeting notes",
}
seen = {}
for name, text in sorted(documents.items()):
    digest = hashlib.sha256(text.encode()).hexdigest()
    key = digest[:12]
    if key in seen:
        print(f"{name}: duplicate of {seen[key]} ({key})")
    else:
        seen[key] = name
        print(f"{name}: new {key}")
def bucket(user_id, buckets=10):
    return int(hashlib.md5(user_id.encode()).hexdigest(), 16) % buckets
print({u: bucket(u) for u in ["alice", "bob", "carol", "dave"]})
