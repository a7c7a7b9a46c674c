import json
rows = [{"id": i, "name": f"item-{i}", "price": round(i * 1.37, 2), "tags": ["t%d" % (i % 7), "x"],
         "ok": i % 3 == 0, "parent": None if i % 5 else i - 1} for i in range(3000)]
text = json.dumps(rows)
print(len(text), text[:120])
back = json.loads(text)
print(back == rows, len(back), back[1234])
pretty = json.dumps(rows[:50], indent=2, sort_keys=True)
print(len(pretty), pretty.count("\n"))
print(sum(r["price"] for r in back), sum(1 for r in back if r["ok"]))
