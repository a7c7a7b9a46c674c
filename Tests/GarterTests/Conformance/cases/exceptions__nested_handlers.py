def level3():
    raise ValueError("deep")
def level2():
    try:
        level3()
    except TypeError:
        print("level2 won't catch ValueError")
def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 caught", e)
        return "handled"
    finally:
        print("level1 finally")
print(level1())
try:
    try:
        raise KeyError("x")
    except KeyError:
        print("inner handler")
        raise IndexError("y")
    finally:
        print("inner finally")
except IndexError as e:
    print("outer handler", repr(e), repr(e.__context__))
