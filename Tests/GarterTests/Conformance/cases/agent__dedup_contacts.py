contacts = [
    {"name": "Ann Lee", "email": "Ann.Lee@Example.com ", "phone": "(555) 123-4567"},
    {"name": "ann lee", "email": "ann.lee@example.com", "phone": "555.123.4567"},
    {"name": "Bob Stone", "email": "bob@stone.io", "phone": "555-987-6543"},
    {"name": "Robert Stone", "email": "bob@stone.io", "phone": ""},
    {"name": "Cara Diaz", "email": "", "phone": "+1 555 222 3333"},
    {"name": "Cara Diaz", "email": "cara@diaz.dev", "phone": "5552223333"},
    {"name": "Dee", "email": "dee@x.org", "phone": "555-000-1111"},
]

def norm_email(e):
    return e.strip().lower()

def norm_phone(p):
    digits = "".join(c for c in p if c.isdigit())
    return digits[-10:] if len(digits) >= 10 else ""

parent = list(range(len(contacts)))
def find(i):
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i
def union(a, b):
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)

seen_keys = {}
for i, c in enumerate(contacts):
    keys = []
    if norm_email(c["email"]):
        keys.append(("email", norm_email(c["email"])))
    if norm_phone(c["phone"]):
        keys.append(("phone", norm_phone(c["phone"])))
    for k in keys:
        if k in seen_keys:
            union(i, seen_keys[k])
        else:
            seen_keys[k] = i

groups = {}
for i in range(len(contacts)):
    groups.setdefault(find(i), []).append(i)

merged = []
for root, members in sorted(groups.items()):
    names = [contacts[m]["name"] for m in members]
    best_name = max(names, key=lambda n: (len(n), n))
    emails = sorted({norm_email(contacts[m]["email"]) for m in members} - {""})
    phones = sorted({norm_phone(contacts[m]["phone"]) for m in members} - {""})
    merged.append({"name": best_name.title(), "emails": emails, "phones": phones, "sources": members})

print(f"{len(contacts)} contacts -> {len(merged)} unique")
for m in merged:
    print(f"  {m['name']:<14} emails={m['emails']} phones={m['phones']} from={m['sources']}")
dupe_pairs = sorted((a, b) for g in groups.values() for a in g for b in g if a < b)
print("duplicate pairs:", dupe_pairs)
