def f(*a, **k): pass
class C:
    def m(self, *a): pass
import math
try:
    print(1, *5)
except Exception as e:
    print('print(1, *5)', '->', type(e).__name__, e)
try:
    print(*5)
except Exception as e:
    print('print(*5)', '->', type(e).__name__, e)
try:
    f(*5)
except Exception as e:
    print('f(*5)', '->', type(e).__name__, e)
try:
    C().m(*5)
except Exception as e:
    print('C().m(*5)', '->', type(e).__name__, e)
try:
    f(**5)
except Exception as e:
    print('f(**5)', '->', type(e).__name__, e)
try:
    C().m(**5)
except Exception as e:
    print('C().m(**5)', '->', type(e).__name__, e)
try:
    print(**5)
except Exception as e:
    print('print(**5)', '->', type(e).__name__, e)
try:
    [*5]
except Exception as e:
    print('[*5]', '->', type(e).__name__, e)
try:
    {**5}
except Exception as e:
    print('{**5}', '->', type(e).__name__, e)
try:
    {*5}
except Exception as e:
    print('{*5}', '->', type(e).__name__, e)
try:
    (*5,)
except Exception as e:
    print('(*5,)', '->', type(e).__name__, e)
try:
    f(1, **5)
except Exception as e:
    print('f(1, **5)', '->', type(e).__name__, e)
try:
    dict(**{1:2})
except Exception as e:
    print('dict(**{1:2})', '->', type(e).__name__, e)
try:
    len(*5)
except Exception as e:
    print('len(*5)', '->', type(e).__name__, e)
try:
    "".join(*5)
except Exception as e:
    print('"".join(*5)', '->', type(e).__name__, e)
try:
    f(**{"a":1}, **{"a":2})
except Exception as e:
    print('f(**{"a":1}, **{"a":2})', '->', type(e).__name__, e)
try:
    f(*[1,2], *(3,))
except Exception as e:
    print('f(*[1,2], *(3,))', '->', type(e).__name__, e)
try:
    print(*"ab")
except Exception as e:
    print('print(*"ab")', '->', type(e).__name__, e)
