import json
report = {"ok": True, "count": 3, "ids": {1, 2, 3}}
print(json.dumps({"ok": True}))
print(json.dumps(report))
