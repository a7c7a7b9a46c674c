# Text files: write, read, readline, readlines, iteration, append, exclusive create.
with open('notes.txt', 'w') as f:
    print(f.write('first line\n'))
    f.write('second line\n')
    f.writelines(['third\n', 'fourth\n'])
    print(f.closed, f.tell())
print(f.closed)

with open('notes.txt') as f:
    print(repr(f.read()))

with open('notes.txt') as f:
    print(repr(f.readline()))
    print(repr(f.readline(3)))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()))
    print(repr(f.read()))

with open('notes.txt') as f:
    for i, line in enumerate(f):
        print(i, line.rstrip('\n'))

with open('notes.txt', 'a') as f:
    f.write('appended\n')
print(open('notes.txt').read().splitlines())

with open('notes.txt') as f:
    print(f.readlines(12))
with open('notes.txt') as f:
    print(f.read(5), f.tell())
    f.seek(0)
    print(repr(f.read(5)))
    print(f.seek(0, 2) == f.tell())
    print(repr(f.read()))

with open('fresh.txt', 'x') as f:
    f.write('made with x')
print(open('fresh.txt').read())

with open('notes.txt', 'r+') as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write('FIRST')
    f.seek(0)
    print(repr(f.readline()))

with open('notes.txt', 'w+') as f:
    f.write('rewritten\n')
    f.seek(0)
    print(repr(f.read()))

with open('notes.txt', 'a+') as f:
    f.write('more\n')
    f.seek(0)
    print(f.read().split())

lines = [line.strip() for line in open('notes.txt')]
print(lines)
print(sum(1 for _ in open('notes.txt')))
f = open('empty.txt', 'w')
f.close()
print(repr(open('empty.txt').read()), open('empty.txt').readlines())
