def risky():
    try:
        return [1, 2, 3][10]
    except IndexError:
        print("logging and re-raising")
        raise
risky()
