raw_responses = [
    {"source": "v1", "data": {"userId": 7, "fullName": "Ann Lee", "createdAt": "2024-01-05", "isActive": 1, "roles": "admin,dev"}},
    {"source": "v2", "data": {"user": {"id": "8", "name": {"first": "Bob", "last": "Stone"}}, "created": "05/02/2024", "status": "ACTIVE", "roles": ["dev"]}},
    {"source": "v2", "data": {"user": {"id": "9", "name": {"first": "Cy", "last": None}}, "created": "17/03/2024", "status": "suspended", "roles": []}},
    {"source": "legacy", "data": ["10", "Dee Park", "20240401", "Y", "qa|ops"]},
    {"source": "v3", "data": {}},
]

class NormalizeError(Exception):
    pass

def from_v1(d):
    return {"id": int(d["userId"]), "name": d["fullName"], "created": d["createdAt"],
            "active": bool(d["isActive"]), "roles": [r for r in d["roles"].split(",") if r]}

def from_v2(d):
    day, month, year = d["created"].split("/")
    first, last = d["user"]["name"]["first"], d["user"]["name"]["last"]
    return {"id": int(d["user"]["id"]), "name": " ".join(p for p in (first, last) if p),
            "created": f"{year}-{month}-{day}", "active": d["status"].lower() == "active", "roles": list(d["roles"])}

def from_legacy(d):
    uid, name, date, active, roles = d
    return {"id": int(uid), "name": name, "created": f"{date[:4]}-{date[4:6]}-{date[6:]}",
            "active": active == "Y", "roles": roles.split("|")}

HANDLERS = {"v1": from_v1, "v2": from_v2, "legacy": from_legacy}

def normalize(resp):
    handler = HANDLERS.get(resp["source"])
    if handler is None:
        raise NormalizeError(f"no handler for source {resp['source']!r}")
    try:
        return handler(resp["data"])
    except (KeyError, ValueError, TypeError) as e:
        raise NormalizeError(f"bad {resp['source']} payload: {type(e).__name__}: {e}") from e

users = []
for r in raw_responses:
    try:
        users.append(normalize(r))
    except NormalizeError as e:
        print("skipped:", e)
print(f"{'id':>3}  {'name':<10} {'created':<11} {'active':<6} roles")
for u in sorted(users, key=lambda u: u["id"]):
    print(f"{u['id']:>3}  {u['name']:<10} {u['created']:<11} {str(u['active']):<6} {','.join(u['roles']) or '-'}")
role_index = {}
for u in users:
    for role in u["roles"]:
        role_index.setdefault(role, []).append(u["id"])
print("role index:", dict(sorted(role_index.items())))
print("active ids:", [u["id"] for u in users if u["active"]])
print("created in Q1:", [u["name"] for u in users if "2024-01" <= u["created"][:7] <= "2024-03"])
