try:
    raise ExceptionGroup("group", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("values", repr(eg))
except* TypeError as eg:
    print("types", repr(eg))
print("after")
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked caught", repr(eg), repr(eg.exceptions[0]))
def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled value")
try:
    f()
except ExceptionGroup as e:
    print("rest:", repr(e))
try:
    try:
        raise TypeError("plain")
    except* ValueError:
        print("no")
except TypeError as e:
    print("unwrapped:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("new")
except BaseException as e:
    print("raised:", repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError as e:
        raise
except ExceptionGroup as e:
    print("reraise:", repr(e))
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    pass
else:
    print("no else")
finally:
    print("finally")
try:
    pass
except* ValueError:
    pass
else:
    print("else runs")
try:
    raise ExceptionGroup("nest", [ValueError(1), ExceptionGroup("in", [ValueError(2), KeyError(3)])])
except* (ValueError, KeyError) as e:
    print("tuple:", repr(e))
for i in range(2):
    try:
        raise ExceptionGroup("x", [ValueError(i)])
    except* ValueError as e:
        for j in range(3):
            if j == 1: break
        print("loop", i, repr(e.exceptions))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
print('e' in dir())
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("new")
except ExceptionGroup as e:
    print("raised:", repr(e), repr(e.exceptions[0].__context__))
except BaseException as e:
    print("other", repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError as e:
        raise RuntimeError("new2")
except BaseException as e:
    print("other", repr(e), repr(e.__context__))
