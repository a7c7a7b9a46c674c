# Text that expands repeated items far beyond what their container holds: repr, str, json,
# %-format, str.format, f-strings and join of one long string repeated many times.
import json
big = 'y' * 100000
items = [big] * 3000
def t(name, f):
    try:
        print(name, len(f()))
    except (MemoryError, ValueError, TypeError, RecursionError) as e:
        print(name, type(e).__name__)
t('small', lambda: repr([big[:10]] * 10))
t('tuple', lambda: str(tuple(items[:10])))
t('dict', lambda: str({i: big for i in range(10)}))
t('set', lambda: repr({big, big[:5]}))
t('fmt', lambda: '%s|%r' % (items[:5], items[:5]))
t('format', lambda: '{} {!r}'.format(items[:5], items[:5]))
t('fstr', lambda: f'{items[:5]} {items[:5]!r}')
t('json', lambda: json.dumps({'a': items[:5], 'b': [items[:5]] * 5}))
t('join', lambda: ','.join(items[:50]))
t('nested', lambda: repr([[items[:3]] * 4] * 5))
t('repr', lambda: repr(items))
t('json2', lambda: json.dumps(items))
t('pct', lambda: '%s' % (items,))
t('join2', lambda: ''.join(items * 2))
