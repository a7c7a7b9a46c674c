# os.environ and os.getenv for variables the program sets itself.
import os

print(os.getenv('GARTER_TEST_UNSET_1'), os.getenv('GARTER_TEST_UNSET_1', 'dflt'))
print('GARTER_TEST_A' in os.environ)
os.environ['GARTER_TEST_A'] = 'alpha'
print(os.environ['GARTER_TEST_A'], os.getenv('GARTER_TEST_A'), 'GARTER_TEST_A' in os.environ)
print(os.environ.get('GARTER_TEST_A'), os.environ.get('GARTER_TEST_UNSET_2', 'x'))
os.environ.setdefault('GARTER_TEST_B', 'beta')
os.environ.setdefault('GARTER_TEST_B', 'other')
print(os.environ['GARTER_TEST_B'])
os.environ.update({'GARTER_TEST_C': 'gamma'}, GARTER_TEST_D='delta')
print(sorted(k for k in os.environ if k.startswith('GARTER_TEST_')))
print(os.environ.pop('GARTER_TEST_C'), os.environ.pop('GARTER_TEST_C', 'gone'))
del os.environ['GARTER_TEST_D']
print(sorted(k for k, v in os.environ.items() if k.startswith('GARTER_TEST_')))
copy = os.environ.copy()
print(type(copy).__name__, copy['GARTER_TEST_A'])
for bad in [lambda: os.environ.__setitem__('K', 1), lambda: os.environ.__setitem__(1, 'v'),
            lambda: os.environ['GARTER_TEST_UNSET_3'], lambda: os.getenv(1),
            lambda: os.environ.__delitem__('GARTER_TEST_UNSET_4')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(type(os.environ).__name__, isinstance(os.environ['GARTER_TEST_A'], str))
print(os.strerror(2), os.strerror(13), os.strerror(39))
print(len(os.urandom(8)), type(os.urandom(0)).__name__)
