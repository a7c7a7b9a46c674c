results = []
for token in ["1", "2", "x", "4", "", "6"]:
    try:
        n = int(token)
    except ValueError:
        results.append(f"skip {token!r}")
        continue
    else:
        results.append(n * 10)
    finally:
        results.append("|")
print(results)
count = 0
for i in range(5):
    try:
        if i == 3:
            break
        count += 1
    finally:
        print("finally for", i)
print("count", count)
