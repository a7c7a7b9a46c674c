# os: directories and files, with CPython's errors.
import os

def attempt(fn, *args):
    try:
        r = fn(*args)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(os.listdir('.'), os.listdir())
os.mkdir('a')
os.makedirs('a/b/c')
os.makedirs('a/b/c', exist_ok=True)
attempt(os.makedirs, 'a/b/c')
attempt(os.mkdir, 'a')
attempt(os.mkdir, 'x/y')
with open('a/f.txt', 'w') as f:
    f.write('12345')
print(sorted(os.listdir('a')), sorted(os.listdir(b'a')))
attempt(os.listdir, 'nope')
attempt(os.listdir, 'a/f.txt')
attempt(os.rmdir, 'a')
attempt(os.rmdir, 'nope')
attempt(os.rmdir, 'a/f.txt')
attempt(os.remove, 'a')
attempt(os.remove, 'nope')
attempt(os.unlink, 'a/b')
os.rename('a/f.txt', 'a/g.txt')
print(sorted(os.listdir('a')))
attempt(os.rename, 'nope', 'other')
attempt(os.rename, 'a/g.txt', 'a/b')
attempt(os.rename, 'a/b', 'a/g.txt')
with open('h.txt', 'w') as f:
    f.write('h')
os.replace('h.txt', 'a/g.txt')
print(open('a/g.txt').read(), os.path.exists('h.txt'))
os.rename('a/b', 'moved')
print(sorted(os.listdir('.')), os.listdir('moved'))
os.makedirs('full/x')
attempt(os.rename, 'moved', 'full')
attempt(os.rename, 'moved', 'moved/c/inside')
os.rmdir('moved/c')
os.rmdir('moved')
os.remove('a/g.txt')
os.removedirs('full/x')
print(sorted(os.listdir('.')))
os.renames('a', 'p/q/r')
print(os.listdir('p/q'), os.path.isdir('a'))
attempt(os.mkdir, '')
attempt(os.listdir, 3.5)
attempt(os.remove, None)
e = None
try:
    os.rename('zz', 'yy')
except OSError as err:
    e = err
print(e.errno, e.filename, e.filename2)
