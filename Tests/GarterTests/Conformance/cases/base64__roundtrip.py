import base64
samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(0, 256, 17)), "héllo wörld".encode()]
for s in samples:
    e = base64.b64encode(s)
    u = base64.urlsafe_b64encode(s)
    print(s, e, u, base64.b64decode(e) == s, base64.urlsafe_b64decode(u) == s)
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs bG8=\n"), base64.standard_b64encode(b"\xff\xfe"))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
