# A virtual working directory, and os.stat.
import os
import stat

start = os.getcwd()
print(os.path.isabs(start))
os.makedirs('w/inner')
with open('w/inner/file.txt', 'w') as f:
    f.write('x' * 10)
os.chdir('w')
print(os.path.basename(os.getcwd()), os.listdir('.'))
os.chdir('inner')
print(os.listdir(), open('file.txt').read())
os.chdir('..')
print(os.path.basename(os.getcwd()))
os.chdir(start)
print(os.getcwd() == start, sorted(os.listdir()))
for bad in ['nope', 'w/inner/file.txt']:
    try:
        os.chdir(bad)
    except OSError as e:
        print(type(e).__name__ + ':', e)
st = os.stat('w/inner/file.txt')
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st[stat.ST_SIZE], len(st))
print(type(st).__name__, type(st.st_mtime).__name__, type(st[stat.ST_MTIME]).__name__)
d = os.stat('w')
print(stat.S_ISDIR(d.st_mode), stat.S_ISREG(d.st_mode), stat.filemode(stat.S_IFDIR | 0o755))
print(stat.S_ISLNK(os.lstat('w/inner/file.txt').st_mode), stat.filemode(stat.S_IFREG | 0o640))
try:
    os.stat('w/nope')
except FileNotFoundError as e:
    print('FileNotFoundError:', e, e.filename)
