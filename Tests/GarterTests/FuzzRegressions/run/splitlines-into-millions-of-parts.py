t = 'a\n' * 10**6
u = t.splitlines()
