# Path objects reading, writing and listing files.
from pathlib import Path

base = Path('work')
print(base.exists(), base.is_dir())
base.mkdir()
(base / 'sub' / 'deep').mkdir(parents=True)
(base / 'sub').mkdir(exist_ok=True)
f = base / 'note.txt'
print(f.write_text('hello\nworld\n'), f.read_text(), f.read_text().splitlines())
print(f.exists(), f.is_file(), f.is_dir(), f.stat().st_size, f.is_symlink())
b = base / 'blob.bin'
print(b.write_bytes(b'\x00\x01\x02'), b.read_bytes(), b.stat().st_size)
print(sorted(p.name for p in base.iterdir()), sorted(str(p) for p in base.iterdir()))
with f.open() as fh:
    print(fh.readline().strip())
with (base / 'app.log').open('a') as fh:
    fh.write('one\n')
with (base / 'app.log').open('a') as fh:
    fh.write('two\n')
print((base / 'app.log').read_text().split())
t = base / 'touched'
t.touch()
t.touch()
print(t.exists(), t.stat().st_size)
moved = f.rename(base / 'renamed.txt')
print(repr(moved), moved.read_text().split(), f.exists())
replaced = (base / 'blob.bin').replace(base / 'renamed.txt')
print(replaced.read_bytes(), (base / 'blob.bin').exists())
(base / 'renamed.txt').unlink()
(base / 'renamed.txt').unlink(missing_ok=True)
(base / 'sub' / 'deep').rmdir()
print(sorted(p.name for p in base.iterdir()))
print(Path.cwd().is_absolute(), (Path.cwd() / 'work').exists(), Path('work').absolute() == Path.cwd() / 'work')
print(Path('work/sub/../app.log').resolve() == (Path.cwd() / 'work' / 'app.log'), Path('work').resolve().is_absolute())
print(Path('work/app.log').samefile('work/sub/../app.log'))
print(Path('work').stat().st_mode & 0o170000 == 0o040000)
