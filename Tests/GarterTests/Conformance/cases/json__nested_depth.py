import json
deep = []
cur = deep
for i in range(200):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
s = json.dumps(deep)
print(len(s), s[:30], s[-30:])
back = json.loads(s)
print(back == deep)
obj = {}
cur = obj
for i in range(100):
    cur["k%d" % i] = {}
    cur = cur["k%d" % i]
t = json.dumps(obj, indent=1)
print(t.count("\n"), len(json.loads(t)))
print(json.loads("[" * 50 + "]" * 50)[0][0][0])
