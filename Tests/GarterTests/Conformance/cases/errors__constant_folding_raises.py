# Constant operations that raise are not folded: they raise at run time, in order.
def attempts():
    results = []
    for name, thunk in [
        ('div', lambda: 1 / 0),
        ('floordiv', lambda: 1 // 0),
        ('mod', lambda: 5 % 0),
        ('floatdiv', lambda: 1.0 / 0),
        ('complexdiv', lambda: 1j / 0),
        ('zeropow', lambda: 0 ** -1),
        ('shift', lambda: 1 << -1),
        ('rshift', lambda: 1 >> -1),
        ('overflow', lambda: 2.0 ** 10000),
        ('concat', lambda: 'a' + 1),
        ('bytes', lambda: b'a' + 'b'),
        ('neg', lambda: -'a'),
        ('invert', lambda: ~1.5),
        ('index', lambda: (1, 2)[5]),
        ('strindex', lambda: 'abc'[10]),
        ('bytesindex', lambda: b'abc'[-4]),
        ('keytype', lambda: 'abc'['x']),
        ('bigindex', lambda: 'abc'[2 ** 70]),
        ('mulseq', lambda: 'a' * 1.5),
        ('bigrepeat', lambda: '' * 10 ** 30),
        ('bigrepeat2', lambda: 2 ** 70 * (1,)),
        ('negrepeat', lambda: 'ab' * -10 ** 30),
        ('format', lambda: '%d' % 'x'),
        ('complexmod', lambda: 1j % 2),
        ('matmul', lambda: 1 @ 2),
    ]:
        try:
            thunk()
            results.append(name + ': ok')
        except Exception as e:
            results.append('%s: %s: %s' % (name, type(e).__name__, e))
    return results

for line in attempts():
    print(line)

def f():
    try:
        1 / 0
    except ZeroDivisionError:
        print('caught ZeroDivisionError')
    return 1 << -1

print('before')
f()
print('not reached')
