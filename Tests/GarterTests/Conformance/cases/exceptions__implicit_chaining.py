try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__, e.__context__.args)
try:
    try:
        raise ValueError("first")
    finally:
        pass
except ValueError as e:
    print(repr(e), e.__context__)
try:
    try:
        raise TypeError("inner")
    except TypeError as inner:
        try:
            raise ValueError("middle")
        except ValueError:
            raise RuntimeError("outer")
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
