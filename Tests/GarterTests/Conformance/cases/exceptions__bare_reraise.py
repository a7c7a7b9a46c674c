def process(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        print("logging the error, then re-raising")
        raise
try:
    process(0)
except ZeroDivisionError as e:
    print("outer caught:", e)
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        if "x" in s:
            raise
        return -1
print(convert("12"), convert("abc"))
try:
    convert("0x1")
except ValueError as e:
    print("re-raised:", e)
