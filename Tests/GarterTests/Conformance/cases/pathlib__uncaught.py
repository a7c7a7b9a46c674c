# An uncaught error from Path.mkdir.
from pathlib import Path
Path('exists').mkdir()
Path('exists').mkdir()
