for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf_32_le', 'UTF-32-BE', 'utf16']:
    b = "a€😀".encode(enc)
    print(enc, b, b.decode(enc))
print(b'\xfe\xff\x00a'.decode('utf-16'), b'a\x00b'.decode('utf-16-le', 'replace'), b'a\x00b'.decode('utf-16-le', 'ignore'))
for bad, enc in [(b'a\x00b', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'ab', 'utf-32')]:
    try: bad.decode(enc)
    except UnicodeDecodeError as e: print(e)
