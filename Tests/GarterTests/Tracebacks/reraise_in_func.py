def f():
    try:
        {}["a"]
    except KeyError:
        raise
f()
