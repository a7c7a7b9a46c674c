import json
lines = ['{"ok": 1}', '{"ok": 2}', '{"ok": ']
for line in lines:
    rec = json.loads(line)
    print(rec["ok"])
