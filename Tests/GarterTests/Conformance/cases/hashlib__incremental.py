import hashlib
chunks = [b"alpha", b"beta" * 100, bytes(range(256)), b"", b"omega" * 1000]
whole = hashlib.sha256(b"".join(chunks)).hexdigest()
h = hashlib.sha256()
for c in chunks:
    h.update(c)
print(h.hexdigest() == whole, h.hexdigest())
snapshot = h.copy()
h.update(b"more")
print(snapshot.hexdigest() == whole, h.hexdigest() != whole)
m = hashlib.md5()
for i in range(1000):
    m.update(str(i).encode())
print(m.hexdigest(), m.name, hashlib.sha512(b"x" * 200).hexdigest()[:32])
for size in [55, 56, 63, 64, 111, 112, 127, 128, 129]:
    print(size, hashlib.sha1(b"a" * size).hexdigest()[:16], hashlib.sha384(b"a" * size).hexdigest()[:16])
