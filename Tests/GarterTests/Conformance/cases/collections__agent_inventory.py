from collections import Counter, defaultdict, namedtuple, deque, OrderedDict
Item = namedtuple("Item", "sku warehouse qty price")
raw = """A1,north,5,2.50
B2,south,0,10.00
A1,south,7,2.50
C3,north,12,0.99
B2,north,3,10.00
D4,east,1,99.00
C3,east,4,0.99
A1,east,2,2.50"""
items = [Item(s, w, int(q), float(p)) for s, w, q, p in (line.split(",") for line in raw.splitlines())]
stock = Counter()
value = defaultdict(float)
where = defaultdict(set)
for it in items:
    stock[it.sku] += it.qty
    value[it.warehouse] += it.qty * it.price
    if it.qty:
        where[it.sku].add(it.warehouse)
print("stock:", stock)
print("top:", stock.most_common(2))
print("value:", {w: round(v, 2) for w, v in sorted(value.items())})
print("locations:", {k: sorted(v) for k, v in sorted(where.items())})
low = [sku for sku, q in stock.items() if q < 5]
print("low stock:", low)
recent = deque(maxlen=3)
for it in items:
    recent.append(it.sku)
print("last 3:", list(recent))
ranking = OrderedDict(sorted(stock.items(), key=lambda kv: (-kv[1], kv[0])))
for i, (sku, q) in enumerate(ranking.items(), 1):
    print(f"{i}. {sku} {q:>3} {'*' * (q // 2)}")
