# Binary files: bytes in and out, seek with whence, truncate, readline.
with open('data.bin', 'wb') as f:
    print(f.write(b'\x00\x01\x02hello\nworld\n'))
    print(f.write(bytearray(b'!!')))
    print(f.tell())

with open('data.bin', 'rb') as f:
    print(f.read(3))
    print(f.tell())
    print(f.readline())
    print(f.read())
    print(f.read())
    print(f.seek(-2, 2), f.read())
    print(f.seek(3), f.read(5))
    print(f.seek(1, 1), f.read(2))
    f.seek(0)
    print(f.readlines())

with open('data.bin', 'r+b') as f:
    f.seek(3)
    f.write(b'HELLO')
    print(f.truncate(10))
    f.seek(0)
    print(f.read())
    print(f.seekable(), f.readable(), f.writable())

with open('data.bin', 'ab') as f:
    f.write(b'++')
    print(f.tell())
print(open('data.bin', 'rb').read())

with open('sparse.bin', 'wb') as f:
    f.seek(4)
    f.write(b'x')
print(open('sparse.bin', 'rb').read())

with open('data.bin', 'rb') as f:
    for chunk in iter(lambda: f.read(4), b''):
        print(chunk)

with open('data.bin', 'rb') as f:
    print([line for line in f])

with open('lines.bin', 'wb') as f:
    f.writelines([b'a\n', b'b\n'])
print(open('lines.bin', 'rb').read())
print(open('data.bin', 'rb').read().hex())
