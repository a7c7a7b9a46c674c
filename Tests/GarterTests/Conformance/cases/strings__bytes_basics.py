b = b"hello world"
print(b, len(b), b[0], b[-1], b[:5], b[::-1])
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(list(b[:3]), bytes(3), bytes([65, 66, 67]), bytes(range(48, 58)))
print(b + b"!", b * 2, b"x" in b, b"wor" in b, 104 in b)
print(b.hex(), bytes.fromhex("48656c6c6f"), b"\x00\xff\n")
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, bytes(ba), len(ba))
print(b"abc" == b"abc", b"abc" < b"abd", b"A".lower(), b"  x ".strip())
