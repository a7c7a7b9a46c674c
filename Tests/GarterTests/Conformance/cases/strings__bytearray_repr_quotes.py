for b in [b"'", b'"', b"'\"", b"\\'", b"plain", b"it's", b"\x00'\n"]:
    print(repr(b), repr(bytearray(b)), str(bytearray(b)))
