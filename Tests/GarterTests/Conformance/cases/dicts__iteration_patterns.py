prices = {"apple": 0.5, "bread": 2.25, "milk": 1.1, "eggs": 3.0}
for k in prices:
    print(k, end=" ")
print()
for k, v in prices.items():
    print(f"{k}:{v}", end=" ")
print()
print(sum(prices.values()), max(prices, key=prices.get), min(prices.items(), key=lambda kv: kv[1]))
for i, (k, v) in enumerate(sorted(prices.items(), key=lambda kv: -kv[1]), 1):
    print(i, k, v)
try:
    for k in prices:
        if k == "milk":
            del prices[k]
except RuntimeError as e:
    print("RuntimeError:", e)
for k in list(prices):
    if prices[k] > 2:
        del prices[k]
print(prices)
