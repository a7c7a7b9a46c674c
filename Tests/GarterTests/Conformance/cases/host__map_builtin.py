# --- host functions ---
def score(item):
    return len(item) * 3 % 7

def transform(x):
    return x * 2
# --- program ---
items = ["apple", "kiwi", "banana", "fig"]
print(sorted(items, key=score))
print(list(map(transform, [1, 2, 3])))
print(max(items, key=score), min(items, key=lambda s: score(s)))
print(list(filter(lambda s: score(s) > 2, items)))
print({k: transform(v) for k, v in {"a": 1, "b": 2}.items()})
print(sum(transform(i) for i in range(4)))
