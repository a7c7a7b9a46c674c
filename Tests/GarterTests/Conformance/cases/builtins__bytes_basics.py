b = bytes([104, 105])
print(b, len(b), b[0], list(b), b.decode())
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cat", b"xyz"[1:], b"xyz"[::-1])
print(bytes(4), bytes("héllo", "utf-8"), "héllo".encode())
print(b"Hello".lower(), b"hello world".split(), b",".join([b"a", b"b"]))
print(b"\x00\x01\xff", repr(b"'"), repr(b'"'), b"\t\n\r\\")
print(b"abc" == b"abc", b"abc" != "abc", b"a" < b"b", b"abc"[0] == 97)
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba += b"!"
print(ba, ba.decode(), len(ba), bytes(ba))
print(b"a b".startswith(b"a"), b"abc".find(b"c"), b"  x  ".strip(), b"abc".upper())
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
