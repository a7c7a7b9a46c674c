trace = []
def a():
    try:
        trace.append("a-try")
        b()
    finally:
        trace.append("a-finally")
def b():
    try:
        trace.append("b-try")
        raise LookupError("from b")
    finally:
        trace.append("b-finally")
try:
    a()
except LookupError as e:
    trace.append(f"caught {e}")
print(trace)
