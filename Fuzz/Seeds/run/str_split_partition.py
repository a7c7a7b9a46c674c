# split/rsplit/partition/rpartition fast paths and str * n: empty and multi-byte text,
# separators longer than the text or overlapping, every maxsplit sign, repeat counts.
texts = ['', ' ', 'a', 'aaa', 'a,b,,c,', ',,', ' \t a  b \n c \x0b\x1c', 'héllo wörld ☃ x',
         '☃☃☃', 'a☃b☃c', '\u2003a\u3000b\x85c', 'ab' * 20]
seps = [None, ',', 'a', 'aa', '☃', 'é', 'ab', 'xyz' * 9, ' ']
for s in texts:
    for sep in seps:
        for n in (-5, -1, 0, 1, 2, 100):
            print(s.split(sep, n), s.rsplit(sep, maxsplit=n))
        if sep:
            print(s.partition(sep), s.rpartition(sep))
    print(s.split(), s.rsplit(), s.splitlines(), s.splitlines(True))
for bad in ('', 1, None):
    try:
        print('abc'.partition(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    'abc'.split('')
except ValueError as e:
    print(e)
class S(str):
    pass
x = S('a b')
print(type(x.split()[0]), x.split(' ', 5), x.partition(' '))
print('ab' * 3, 3 * '☃', 'x' * True, 'x' * False, '' * 10**12, 'abc' * -1)
big = 'ab☃' * 1000
print(len(big * 33), (big * 33).count('☃'), big.split('☃', 3)[:2], big.rpartition('b☃a')[2][:5])
try:
    print(len('xy' * (1 << 40)))
except MemoryError:
    print('MemoryError')
