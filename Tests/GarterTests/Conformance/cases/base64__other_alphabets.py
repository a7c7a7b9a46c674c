import base64
for s in [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", b"hello world"]:
    b32 = base64.b32encode(s)
    b32h = base64.b32hexencode(s)
    b16 = base64.b16encode(s)
    print(s, b32, b32h, b16, base64.b32decode(b32) == s, base64.b32hexdecode(b32h) == s, base64.b16decode(b16) == s)
print(base64.b32decode("mzxw6===", casefold=True), base64.b16decode("48656c6c6f", casefold=True))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\neHh4\n"))
