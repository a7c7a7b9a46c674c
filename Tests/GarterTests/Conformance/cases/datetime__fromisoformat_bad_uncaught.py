from datetime import datetime
payload = {"created": "2024-05-06T10:00:00", "updated": "2024-05-06 10:00:00", "deleted": "yesterday"}
for key, value in payload.items():
    ts = datetime.fromisoformat(value)
    print(key, ts.isoformat())
