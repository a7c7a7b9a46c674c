def search(items, target):
    steps = []
    for i, x in enumerate(items):
        try:
            steps.append(f"check {x}")
            if x == target:
                return i, steps
        finally:
            steps.append("done" if x == target else "next")
    return -1, steps
print(search([5, 7, 9], 7))
print(search([1], 2))
result = []
for i in range(3):
    try:
        try:
            if i == 1:
                raise ValueError(i)
            result.append(i)
        finally:
            result.append("inner-fin")
    except ValueError as e:
        result.append(f"caught {e}")
        continue
    result.append("end-of-body")
print(result)
