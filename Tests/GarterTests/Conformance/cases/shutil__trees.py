# shutil: copying, moving and removing files and trees.
import os
import shutil

def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(root, f)
            out.append((p, open(p).read()))
    return out

os.makedirs('src/sub/deeper')
for p, text in [('src/a.txt', 'A'), ('src/b.log', 'B'), ('src/sub/c.txt', 'C'), ('src/sub/deeper/d.txt', 'D')]:
    with open(p, 'w') as f:
        f.write(text)

print(shutil.copyfile('src/a.txt', 'copy.txt'), open('copy.txt').read())
os.mkdir('dest')
print(shutil.copy('src/a.txt', 'dest'), shutil.copy2('src/b.log', 'dest/b2.log'))
print(shutil.copytree('src', 'mirror'))
print(tree('mirror'))
print(shutil.copytree('src', 'filtered', ignore=shutil.ignore_patterns('*.log', 'deeper')))
print(tree('filtered'))
print(shutil.copytree('src', 'mirror', dirs_exist_ok=True))
print(shutil.move('copy.txt', 'dest'), sorted(os.listdir('dest')))
print(shutil.move('mirror', 'moved'), os.path.exists('mirror'), len(tree('moved')))
print(shutil.move('filtered', 'dest'), sorted(os.listdir('dest')))
shutil.rmtree('moved')
print(os.path.exists('moved'), sorted(os.listdir('.')))
shutil.rmtree('nothing-here', ignore_errors=True)
errors = []
shutil.rmtree('nothing-here', onerror=lambda f, p, e: errors.append((p, e[0].__name__)))
print(errors)
for fn in [lambda: shutil.copyfile('src/a.txt', 'src/a.txt'), lambda: shutil.copytree('src', 'dest'),
           lambda: shutil.rmtree('missing'), lambda: shutil.copyfile('missing', 'x'),
           lambda: shutil.move('src/a.txt', 'dest/filtered/..'), lambda: shutil.move('src', 'src/sub')]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)
import io
buf = io.StringIO()
with open('src/sub/c.txt') as f:
    shutil.copyfileobj(f, buf)
print(buf.getvalue(), shutil.which('definitely-not-a-command-xyz'))
