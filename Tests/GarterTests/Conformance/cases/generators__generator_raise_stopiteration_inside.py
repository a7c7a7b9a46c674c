def bad():
    yield 1
    raise StopIteration("oops")
try:
    print(list(bad()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def ok():
    yield 1
    return
print(list(ok()))
