t = 'ab' * 10**6
u = t.split('a')
