# Dict displays whose keys are distinct string literals share their keys between the dicts
# they make until a dict's key set changes; every operation must behave as for any dict.


def record(i):
    return {"id": i, "name": "n%d" % i, "tags": [i, i + 1], "score": i * 1.5}


r = record(1)
print(r, len(r), r["id"], r.get("name"), r.get("missing", "default"))
print("tags" in r, "nope" in r, list(r), list(r.keys()), list(r.values()), list(r.items()))

# Lookups by equal strings that are other objects, and by non-string keys.
key = "".join(["i", "d"])
print(r[key], key in r, r.get(1), 1 in r, (1, 2) in r)
try:
    r[["unhashable"]]
except TypeError as e:
    print("TypeError:", e)
try:
    r["absent"]
except KeyError as e:
    print("KeyError:", e)


class Same:
    """Hashes like the key 'name' and compares equal to it."""
    calls = 0

    def __hash__(self):
        return hash("name")

    def __eq__(self, other):
        Same.calls += 1
        return other == "name"


print(r[Same()], Same() in r, Same.calls > 0)

# Replacing values keeps the keys shared; the order never changes.
r["id"] = 100
r["score"] += 1
print(r)

# Every change to the key set.
a = record(2); a["new"] = "x"; print(a)
b = record(3); del b["name"]; print(b, len(b)); b["name"] = "back"; print(b)
c = record(4); print(c.pop("tags"), c, c.pop("zz", None))
d = record(5); print(d.popitem(), d.popitem(), d)
e = record(6); e.clear(); print(e, len(e)); e["k"] = 1; print(e)
f = record(7); print(f.setdefault("id", 0), f.setdefault("extra", []), f)
g = record(8); g.update({"id": -1, "more": 2}); print(g)
h = record(9); h |= {"name": "merged"}; print(h)
i = record(10); i.update(id=0); print(i)

# Growth after the first insertion: the dict then grows like any other.
big = record(11)
for n in range(40):
    big["k%d" % n] = n
print(len(big), list(big)[:6], list(big)[-2:], big["k39"])
for n in range(0, 40, 3):
    del big["k%d" % n]
print(len(big), list(big)[4:9])

# Copies of a dict that shares its keys, and of one that no longer does.
s = record(12)
t = s.copy(); t["id"] = "copy"
print(s, t, s == t, s == record(12), s != record(13))
u = dict(s); v = {**s, "id": 0}; w = s | {"x": 1}
print(u, v, w, u == s)
s2 = record(14); s2["x"] = 1; t2 = s2.copy(); del t2["x"]; print(s2, t2)

# Iteration, and changes during it.
for k, val in record(15).items():
    print(k, val, end="; ")
print()
print(list(reversed(record(16))), list(reversed(record(16).items()))[0])
for label, change in [("insert", lambda m: m.__setitem__("q", 1)),
                      ("delete", lambda m: m.__delitem__("id")),
                      ("replace", lambda m: m.__setitem__("id", 0)),
                      ("pop+add", lambda m: (m.pop("id", None), m.__setitem__("zz", 1)))]:
    m = record(17)
    try:
        for k in m:
            change(m)
        print(label, "ok", m)
    except RuntimeError as ex:
        print(label, "RuntimeError:", ex)

# Views, set operations, comparisons, hashing of views' contents.
x = {"a": 1, "b": 2, "c": 3}
print(x.keys() & {"a", "z"}, sorted(x.keys() | {"d"}), x.items() >= {("a", 1)}, sorted(x.values()))
print(x == {"c": 3, "b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} == {"a": True})

# Repeated keys: the last value wins, in the first key's position.
print({"a": 1, "b": 2, "a": 3}, {"k": 1, "k": 2})

# Keys that are distinct code points even when canonically equivalent.
print({"\u212a": 1, "K": 2}, {"é": 1, "e\u0301": 2}, len({"\u212a": 1, "K": 2}))
long_key = "L" * 100
ld = {long_key: 1, "short": 2}
print(ld["L" * 100], len(ld), list(ld)[0] == long_key)

# Keyword arguments, vars and instances built from such dicts.
def kw(id, name, tags, score):
    return (id, name, tags, score)


print(kw(**record(18)))


class Point:
    def __init__(self, **fields):
        self.__dict__.update(fields)


p = Point(**{"x": 1, "y": 2})
p.z = 3
print(vars(p))

# Nesting, self-reference, and many records at once.
tree = {"left": None, "right": None, "value": 0}
for level in range(1, 6):
    tree = {"left": tree, "right": {"left": None, "right": None, "value": -level}, "value": level}
depth = 0
node = tree
while node is not None:
    depth += 1
    node = node["left"]
print(depth, tree["right"], tree["left"]["value"])
loop = {"self": None, "n": 1}
loop["self"] = loop
print(loop)
chain = None
for n in range(100000):
    chain = {"next": chain, "n": n}
print(chain["n"], chain["next"]["n"])
chain = None
rows = [{"row": n, "even": n % 2 == 0, "half": n / 2} for n in range(1000)]
print(sum(row["row"] for row in rows), sum(1 for row in rows if row["even"]), rows[-1])
rows.sort(key=lambda row: (not row["even"], -row["row"]))
print(rows[0], rows[500])

import json
print(json.dumps(record(19), sort_keys=True), json.loads(json.dumps(record(20))) == record(20))
