t = b'y' * 10**6
u = repr(t)
