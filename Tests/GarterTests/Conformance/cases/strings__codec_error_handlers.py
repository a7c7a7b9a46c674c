s = "a€é😀\x00"
for enc in ["ascii", "latin-1"]:
    for err in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "strict", "bogus"]:
        try:
            print(enc, err, s.encode(enc, err))
        except (UnicodeEncodeError, LookupError) as e:
            print(enc, err, type(e).__name__, e)
for b in [b"a\xffb", b"\xe2\x82A", b"ok\xc3", b"\x80\x80"]:
    for enc in ["utf-8", "ascii"]:
        for err in ["replace", "ignore", "backslashreplace"]:
            print(enc, err, repr(b.decode(enc, err)))
print(bytes("x€", "ascii", "xmlcharrefreplace"), str(b"\xff", "utf-8", "backslashreplace"))
