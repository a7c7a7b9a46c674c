errors = []
def safe(fn, *args):
    try:
        return fn(*args)
    except (TypeError, ValueError) as e:
        errors.append(f"{type(e).__name__}: {e}")
    except ZeroDivisionError:
        errors.append("div0")
    except Exception as e:
        errors.append(f"other {type(e).__name__}")
    return None
results = [safe(int, "5"), safe(int, "five"), safe(len, 5), safe(lambda: 1 / 0), safe(lambda: [][1]), safe(float, "2.5")]
print(results)
for e in errors:
    print(e)
