# Bulk allocations near the fuzz limit (256 MiB on the run's books): single results that are
# refused up front, and growth that passes the limit between instructions.
import collections
def t(f):
    try:
        r = f()
        print(type(r).__name__, len(r))
    except (MemoryError, OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__)
t(lambda: [0] * (1 << 62))
t(lambda: 'ab' * (1 << 61))
t(lambda: b'ab' * (1 << 40))
t(lambda: (1, 2) * (1 << 40))
t(lambda: bytearray(1 << 40))
t(lambda: bytes(1 << 40))
t(lambda: 'x'.center(1 << 40))
t(lambda: 'x'.zfill(1 << 40))
t(lambda: '%*d' % (1 << 40, 1))
t(lambda: f'{1:>{1 << 40}}')
t(lambda: 'é' * 3 + 'x' * 5)
t(lambda: True * 'ab')
t(lambda: 'ab' * -3)
d = collections.deque(maxlen=3)
d.extend(range(10))
print(d)
ba = bytearray(b'ab')
for _ in range(20):
    ba *= 2
print(len(ba))
del ba[1000:]
print(len(ba))
a = [None] * 1000
for i in range(18):
    a = a + a
    print(len(a))
s = 'x' * 1000
keep = []
while True:
    s = s + s
    keep.append(s)
