def outer():
    def inner():
        nonlocal counter
        counter += 1
    inner()
outer()
