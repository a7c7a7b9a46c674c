# newline= on reading and writing text files.
with open('crlf.txt', 'wb') as f:
    f.write(b'one\r\ntwo\rthree\nfour\r\n')

for nl in [None, '', '\n', '\r', '\r\n']:
    with open('crlf.txt', newline=nl) as f:
        print(repr(nl), f.readlines())
    with open('crlf.txt', newline=nl) as f:
        print(repr(nl), repr(f.read()))
    with open('crlf.txt', newline=nl) as f:
        print(repr(nl), repr(f.read(6)), repr(f.read(3)))

for nl in [None, '', '\n', '\r', '\r\n']:
    with open('out.txt', 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd\n')
    print(repr(nl), open('out.txt', 'rb').read())

with open('crlf.txt', newline='') as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.readline()))
with open('crlf.txt', newline=None) as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
print(open('crlf.txt').read().splitlines())
