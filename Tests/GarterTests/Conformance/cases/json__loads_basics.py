import json
doc = """
{
  "users": [
    {"id": 1, "name": "Ann", "roles": ["admin", "dev"], "active": true, "score": 97.5},
    {"id": 2, "name": "Bob", "roles": [], "active": false, "score": null},
    {"id": 3, "name": "Cy", "roles": ["dev"], "active": true, "score": 88}
  ],
  "meta": {"page": 1, "total": 3, "next": null}
}
"""
data = json.loads(doc)
print(type(data).__name__, sorted(data), data["meta"])
for u in data["users"]:
    print(u["id"], u["name"], ",".join(u["roles"]) or "-", u["active"], u["score"])
active = [u["name"] for u in data["users"] if u["active"]]
scores = [u["score"] for u in data["users"] if u["score"] is not None]
print(active, sum(scores) / len(scores))
print(json.loads("[]"), json.loads("{}"), json.loads('"x"'), json.loads("  42  "), json.loads("true"), json.loads("null"))
print(json.loads(' \n\t [ 1 , 2 ] \r\n'), json.loads(b'{"bytes": [1]}'), json.loads('{"a":{"b":{"c":{}}}}'))
