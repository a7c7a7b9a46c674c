# os.path functions that ask the file system.
import os

os.makedirs('d/e')
with open('d/f.txt', 'w') as f:
    f.write('hello')
for p in ['d', 'd/e', 'd/f.txt', 'nope', 'd/f.txt/x', '.', '']:
    print(repr(p), os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.islink(p), os.path.lexists(p))
print(os.path.getsize('d/f.txt'))
try:
    os.path.getsize('nope')
except FileNotFoundError as e:
    print('FileNotFoundError:', e)
print(os.path.isabs(os.path.abspath('x')), os.path.relpath(os.path.abspath('d/e')))
print(os.path.abspath('d/../d/e') == os.path.join(os.getcwd(), 'd', 'e'))
print(os.path.realpath('d/./e/..') == os.path.abspath('d'))
print(os.path.samefile('d/f.txt', 'd/e/../f.txt'))
print(type(os.path.getmtime('d/f.txt')).__name__)
print(os.access('d/f.txt', os.R_OK), os.access('nope', os.F_OK))
