def f1():
    try:
        return 1
    finally:
        return 2
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def f3():
    for i in range(5):
        try:
            if i == 2:
                return f"returned at {i}"
        finally:
            if i == 2:
                break
    return "after loop (break in finally cancelled return)"
def f4():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
def f5():
    x = "initial"
    try:
        return x
    finally:
        x = "modified"
print(f1(), f2(), f3(), f4(), f5())
