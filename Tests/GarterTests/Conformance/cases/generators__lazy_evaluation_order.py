trace = []
def src():
    for i in range(3):
        trace.append(f"src {i}")
        yield i
def double(it):
    for x in it:
        trace.append(f"double {x}")
        yield x * 2
pipeline = double(src())
trace.append("built")
for v in pipeline:
    trace.append(f"consume {v}")
print("\n".join(trace))
