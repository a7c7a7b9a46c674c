commands = [
    "SET a 10", "SET b 32", "ADD c a b", "PRINT c", "DEL a", "PRINT a",
    "INCR b", "PRINT b", "LIST", "NOPE x", "SET", "ADD x a",
]
store = {}
for line in commands:
    match line.split():
        case ["SET", name, value]:
            store[name] = int(value)
        case ["ADD", dst, x, y] if x in store and y in store:
            store[dst] = store[x] + store[y]
        case ["ADD", *_]:
            print("ADD failed:", line)
        case ["INCR", name]:
            store[name] = store.get(name, 0) + 1
        case ["DEL", name]:
            store.pop(name, None)
        case ["PRINT", name]:
            print(name, "=", store.get(name, "<unset>"))
        case ["LIST"]:
            print("store:", dict(sorted(store.items())))
        case [cmd, *args]:
            print(f"bad command {cmd} args={args}")
