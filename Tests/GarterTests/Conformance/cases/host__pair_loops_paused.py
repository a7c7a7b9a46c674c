# --- host functions ---
def lookup(key):
    return {"a": 10, "b": 20, "c": 30, "d": 40}.get(key, 0)

def record(*parts):
    return len(parts)
# --- program ---
# Loops that unpack pairs from dict items, enumerate and zip, pausing at a host call on
# every item: the iterators' positions survive each pause (and a snapshot taken there).
stock = {"a": 1, "b": 2, "c": 3}
total = 0
for name, qty in stock.items():
    total += lookup(name) * qty
print("items", total)

for i, name in enumerate(["d", "c", "b"], 1):
    print(i, name, lookup(name))

for left, right in zip("abcd", range(3)):
    print(left, right, record(left, right))

def nested():
    out = []
    for i, (k, v) in enumerate(sorted(stock.items())):
        for j, w in enumerate(k * 2):
            out.append((i, j, w, lookup(w) + v))
    return out
print(nested())

def gen():
    for k, v in stock.items():
        yield k, lookup(k) + v
print(dict(gen()))
print([(i, lookup(k)) for i, k in enumerate(stock)])
