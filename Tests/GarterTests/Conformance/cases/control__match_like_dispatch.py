def handle(cmd):
    parts = cmd.split()
    if not parts:
        return "empty"
    op, *args = parts
    if op == "add" and len(args) == 2:
        return int(args[0]) + int(args[1])
    elif op == "neg" and len(args) == 1:
        return -int(args[0])
    elif op in ("quit", "exit"):
        return "bye"
    else:
        return f"unknown: {cmd!r}"
for c in ["add 2 3", "neg 7", "quit", "exit", "", "add 1", "mul 2 3"]:
    print(handle(c))
