# Errors from Path operations.
from pathlib import Path

def attempt(fn):
    try:
        print('ok', fn())
    except Exception as e:
        print(type(e).__name__ + ':', e)

Path('d').mkdir()
Path('d/f.txt').write_text('x')
attempt(lambda: Path('d').mkdir())
attempt(lambda: Path('x/y/z').mkdir())
attempt(lambda: Path('d/f.txt').mkdir(exist_ok=True))
attempt(lambda: Path('missing.txt').read_text())
attempt(lambda: Path('missing.txt').read_bytes())
attempt(lambda: Path('missing.txt').unlink())
attempt(lambda: Path('missing.txt').stat())
attempt(lambda: Path('d').rmdir())
attempt(lambda: Path('d').unlink())
attempt(lambda: Path('d').read_text())
attempt(lambda: Path('d/f.txt').rmdir())
attempt(lambda: list(Path('missing').iterdir()))
attempt(lambda: list(Path('d/f.txt').iterdir()))
attempt(lambda: Path('d/f.txt').write_text(b'bytes'))
attempt(lambda: Path('d/f.txt').write_bytes('text'))
attempt(lambda: Path('missing.txt').rename('other'))
attempt(lambda: Path('d/f.txt').touch(exist_ok=False))
attempt(lambda: Path('d/nodir/x.txt').write_text('x'))
attempt(lambda: Path('missing').exists())
attempt(lambda: Path('d/f.txt/sub').exists())
attempt(lambda: Path('d/f.txt/sub').is_file())
