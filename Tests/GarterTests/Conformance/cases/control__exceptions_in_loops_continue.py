data = ["10", "abc", "30", None, "5.5", "-4"]
total = 0
errors = []
for i, item in enumerate(data):
    try:
        total += int(item)
    except ValueError as e:
        errors.append((i, "ValueError", str(e)))
    except TypeError as e:
        errors.append((i, "TypeError", str(e)))
print(total)
for err in errors:
    print(err)
