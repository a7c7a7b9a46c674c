# Path.glob and Path.rglob (sorted: directory order is platform-specific).
from pathlib import Path
import glob
import fnmatch

for name in ['a.txt', 'b.py', 'c.txt', 'src/m.py', 'src/n.txt', 'src/pkg/o.py', 'src/pkg/.hidden.py', '.dot.txt']:
    p = Path(name)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(name)

def show(it):
    print(sorted(str(p) for p in it))

show(Path('.').glob('*.txt'))
show(Path('.').glob('*'))
show(Path('.').glob('src/*.py'))
show(Path('.').glob('**/*.py'))
show(Path('.').glob('*/'))
show(Path('.').glob('?.py'))
show(Path('.').glob('[ab].*'))
show(Path('.').rglob('*.py'))
show(Path('src').rglob('*'))
show(Path('.').glob('nothing*'))
show(Path('src').glob('**'))
try:
    list(Path('.').glob(''))
except ValueError as e:
    print('ValueError:', e)
try:
    list(Path('.').glob('/abs'))
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(sorted(glob.glob('*.txt')), sorted(glob.glob('src/**/*.py', recursive=True)), sorted(glob.glob('**/*.py')))
print(sorted(glob.glob('*')), glob.glob('missing/*'), sorted(glob.iglob('src/*')))
print(glob.escape('a[b]*?'), glob.has_magic('a*'), glob.has_magic('abc'))
print(fnmatch.fnmatch('file.TXT', '*.TXT'), fnmatch.fnmatch('x.py', '*.txt'), fnmatch.filter(['a.py', 'b.txt', 'c.py'], '*.py'))
print(fnmatch.translate('*.py'), fnmatch.translate('[!a-c]?x*y'), fnmatch.fnmatchcase('Ab', 'a*'))
