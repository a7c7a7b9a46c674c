CALLS = 0
CONFIG = {"verbose": False}
def tick():
    global CALLS
    CALLS += 1
def set_verbose(v):
    CONFIG["verbose"] = v
for _ in range(5):
    tick()
set_verbose(True)
print(CALLS, CONFIG)
def read_before_assign_global():
    global NEWVAR
    NEWVAR = [1]
    NEWVAR.append(2)
    return NEWVAR
print(read_before_assign_global(), NEWVAR)
