# File object reprs and attributes.
import io
import pathlib

open('a.txt', 'w').close()
for mode in ['r', 'w', 'a', 'r+', 'w+', 'a+', 'rt', 'rb', 'wb', 'ab', 'r+b', 'w+b', 'a+b']:
    f = open('a.txt', mode)
    print(mode, repr(f), repr(f.mode), f.name, f.closed)
    f.close()
    print(repr(f), f.closed)
f = open('a.txt', encoding='utf8')
print(repr(f), f.encoding, f.errors, f.newlines, f.line_buffering)
print(f.readable(), f.writable(), f.seekable(), f.isatty())
print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), type(f).__name__)
f.close()
f = open('a.txt', 'rb')
print(isinstance(f, io.BufferedIOBase), isinstance(f, io.BufferedReader), type(f).__name__)
f.close()
f = open('a.txt', 'rb', buffering=0)
print(repr(f), type(f).__name__, f.mode)
f.close()
print(repr(f))
f = open(pathlib.Path('a.txt'))
print(repr(f.name), repr(f))
f.close()
f = open(b'a.txt')
print(repr(f.name), repr(f))
f.close()
with open('b.txt', 'x') as f:
    print(repr(f), f.mode)
with open('b.txt', 'x+b' if False else 'rb+') as f:
    print(repr(f), f.mode)
