def check(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    return n
errors = []
for i in range(3):
    try:
        check(i)
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("validation failed", errors)
