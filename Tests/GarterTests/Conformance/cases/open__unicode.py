# Multi-byte UTF-8 text: read(n) counts characters, tell() counts bytes.
text = 'héllo wörld\n日本語のテキスト\nemoji 🎉!\n'
with open('u.txt', 'w', encoding='utf-8') as f:
    print(f.write(text))
print(len(open('u.txt', 'rb').read()))
with open('u.txt', encoding='utf-8') as f:
    print(repr(f.read(2)), f.tell())
    print(repr(f.read(4)), f.tell())
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.readline()))
    f.seek(pos)
    print(repr(f.read(3)))
    print(repr(f.read()))
with open('u.txt') as f:
    print([len(line) for line in f])
with open('l1.txt', 'w', encoding='latin-1') as f:
    f.write('café ñ\n')
print(open('l1.txt', 'rb').read())
print(open('l1.txt', encoding='latin-1').read())
try:
    open('l2.txt', 'w', encoding='ascii').write('café')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print(open('u.txt', encoding='utf-8').read() == text)
