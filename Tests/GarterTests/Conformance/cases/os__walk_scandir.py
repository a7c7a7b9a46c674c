# os.walk and os.scandir (listing order is sorted here, as it is platform-specific).
import os

for d in ['top/a/x', 'top/b', 'top/a/y']:
    os.makedirs(d)
for p in ['top/1.txt', 'top/a/2.txt', 'top/a/x/3.txt', 'top/b/4.txt']:
    with open(p, 'w') as f:
        f.write(p)

for root, dirs, files in os.walk('top'):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))
print()
bottom_up = list(os.walk('top', topdown=False))
print(bottom_up[-1][0], sorted((r, sorted(d), sorted(f)) for r, d, f in bottom_up))
order = [r for r, _, _ in bottom_up]
print(order.index('top/a/x') < order.index('top/a') < order.index('top'))
print(sorted(os.path.join(r, f) for r, _, fs in os.walk('top') for f in fs))
pruned = []
for root, dirs, files in os.walk('top'):
    dirs[:] = [d for d in dirs if d != 'a']
    pruned.append(root)
print(sorted(pruned))
print(list(os.walk('missing')))
errors = []
print(list(os.walk('missing', onerror=errors.append)), [type(e).__name__ for e in errors])

entries = sorted(os.scandir('top'), key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else '-')
with os.scandir('top/a') as it:
    print(sorted(e.name for e in it))
print(sorted(e.path for e in os.scandir()))
print(os.fspath(entries[0]))
