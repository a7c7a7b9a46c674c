def f():
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError("t"), KeyError("k")]), OSError("o")])


try:
    f()
except* OSError:
    print("handled the OSError part")
