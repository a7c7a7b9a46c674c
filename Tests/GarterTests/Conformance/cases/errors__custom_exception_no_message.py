class Halt(Exception):
    pass
print("raising Halt")
raise Halt
