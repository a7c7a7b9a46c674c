import json
payload = '{"user": "ann", "items": [1, 2, 3], "total": 6,\n "note": "trailing comma",}'
print("parsing", len(payload), "chars")
data = json.loads(payload)
print(data)
