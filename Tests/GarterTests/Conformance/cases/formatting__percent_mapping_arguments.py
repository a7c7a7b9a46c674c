for t, a in [('abc', [1]), ('abc', {}), ('abc', 5), ('abc', b'x'), ('abc', range(2)), ('%s', [1]), ('%(a)s', [1]), ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('abc', 'x'), ('abc', ''), ('%s %s', [1])]:
    try: print(repr(t % a))
    except Exception as e: print(type(e).__name__, e)
