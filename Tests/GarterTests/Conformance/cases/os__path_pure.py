# os.path functions that do not touch the file system.
import os.path
import posixpath
from os import path

print(os.path is posixpath, path is os.path)
for args in [('a', 'b'), ('a/', 'b'), ('a', '/b'), ('', 'b'), ('a', ''), ('/', 'x', 'y/', 'z')]:
    print(args, os.path.join(*args))
for p in ['a/b/c.txt', '/a/b/', 'c.txt', '', '/', '//x', 'a/.hidden', 'a/b.tar.gz', 'a.b/c', '...', 'x/.']:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)),
          repr(os.path.dirname(p)), os.path.isabs(p), repr(os.path.normpath(p)))
for p in ['a//b', 'a/./b', 'a/../b', '../x', '/../x', '//a/../b', '///a', 'a/b/../../..']:
    print(repr(p), os.path.normpath(p))
print(os.path.relpath('a/b/c', 'a'), os.path.relpath('a', 'a/b/c'), os.path.relpath('x', 'x'))
print(os.path.commonprefix(['abc/d', 'abc/e', 'abx']), os.path.commonpath(['a/b/c', 'a/b/d']))
print(os.path.commonpath(['/a/b', '/a/c']))
try:
    os.path.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError:', e)
print(os.path.splitdrive('/a/b'), os.path.normcase('A/B'))
print(os.path.join(b'a', b'b'), os.path.split(b'x/y'), os.path.splitext(b'f.py'))
try:
    os.path.join('a', b'b')
except TypeError as e:
    print('TypeError:', e)
try:
    os.path.join('a', 3)
except TypeError as e:
    print('TypeError:', e)
print(os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.devnull, os.name)
print(os.fspath('x'), os.fspath(b'y'))
class P:
    def __fspath__(self):
        return 'from-fspath'
print(os.fspath(P()), os.path.join(P(), 'z'), isinstance(P(), os.PathLike), isinstance('s', os.PathLike))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError:', e)
print(os.path.expandvars('no vars here'))
os.environ['GARTER_CASE_VAR'] = 'v'
print(os.path.expandvars('$GARTER_CASE_VAR/${GARTER_CASE_VAR}/$GARTER_UNSET_VAR_X'))
