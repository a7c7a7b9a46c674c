# --- host functions ---
def get_user(user_id):
    if user_id < 0:
        raise ValueError(f"invalid user id {user_id}")
    return {"id": user_id, "name": f"user{user_id}", "tags": ["a", "b"]}

def add(a, b=10):
    return a + b
# --- program ---
u = get_user(7)
print(u, type(u).__name__)
print(add(1, 2), add(5), add(b=1, a=2))
total = 0
for i in range(5):
    total += get_user(i)["id"]
print("total", total)
names = [get_user(i)["name"] for i in range(3)]
print(names)
try:
    get_user(-3)
except ValueError as e:
    print("caught:", e)
print(add(2**70, 1))
print(add(1.5, 2.25), add("x", "y"), add([1], [2]), add((1,), (2,)))
