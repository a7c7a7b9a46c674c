def f(x)  # comment
    return x
