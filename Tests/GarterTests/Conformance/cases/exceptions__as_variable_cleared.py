try:
    raise ValueError("x")
except ValueError as err:
    saved = err
try:
    print(err)
except NameError as e:
    print("NameError:", e)
print("saved:", repr(saved))
err = "rebound"
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print("checking")
try:
    err
except NameError:
    print("err deleted after except block")
