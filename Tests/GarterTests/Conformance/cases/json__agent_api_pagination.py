import json
pages = [
    '{"data": [{"id": 1, "email": "A@x.com", "plan": "pro", "mrr": 49.0}, {"id": 2, "email": "b@y.org", "plan": "free", "mrr": 0}], "next": 2}',
    '{"data": [{"id": 3, "email": "c@x.com", "plan": "pro", "mrr": 49.0}, {"id": 4, "email": null, "plan": "team", "mrr": 199.5}], "next": 3}',
    '{"data": [{"id": 5, "email": "e@z.net", "plan": "team", "mrr": 199.5, "extra": {"seats": 12}}], "next": null}',
]
users = []
page = 1
while page is not None:
    body = json.loads(pages[page - 1])
    users.extend(body["data"])
    page = body["next"]
print(len(users), "users")
clean = []
for u in users:
    email = (u.get("email") or "").lower() or None
    clean.append({"id": u["id"], "email": email, "domain": email.split("@")[1] if email else None,
                  "plan": u["plan"], "mrr": u["mrr"], "seats": u.get("extra", {}).get("seats", 1)})
by_plan = {}
for u in clean:
    p = by_plan.setdefault(u["plan"], {"count": 0, "mrr": 0.0, "seats": 0})
    p["count"] += 1
    p["mrr"] += u["mrr"]
    p["seats"] += u["seats"]
print(json.dumps(by_plan, sort_keys=True))
print(json.dumps(clean[3]), json.dumps([u["domain"] for u in clean]))
out = {"total_mrr": sum(u["mrr"] for u in clean), "arpu": round(sum(u["mrr"] for u in clean) / len(clean), 2),
       "missing_email": [u["id"] for u in clean if u["email"] is None]}
print(json.dumps(out, indent=1))
