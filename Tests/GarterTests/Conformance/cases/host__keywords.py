# --- host functions ---
def search(query, limit=5, *, sort="relevance"):
    return {"query": query, "limit": limit, "sort": sort}

def record(*args, **kwargs):
    return [list(args), sorted(kwargs.items())]
# --- program ---
print(search("cats"))
print(search("dogs", 3))
print(search(query="birds", limit=1))
print(search("fish", sort="date"))
print(record(1, 2, x=3, y=[4]))
print(record())
params = {"query": "q", "limit": 2}
print(search(**params))
args = ("z", 9)
print(search(*args))
try:
    search("a", 1, 2)
except TypeError as e:
    print("TypeError")
