import hashlib
for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    for data in [b"", b"abc", b"a" * 135, b"a" * 136, b"a" * 137, bytes(range(256)) * 3]:
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest(), h.digest_size, h.block_size, h.name)
for name in ["shake_128", "shake_256"]:
    h = getattr(hashlib, name)(b"hello")
    print(name, h.hexdigest(10), h.hexdigest(300)[-20:], h.digest(5), h.digest_size, h.block_size)
for data in [b"", b"abc", b"a" * 127, b"a" * 128, b"a" * 129, b"a" * 64, b"a" * 65, bytes(range(256)) * 3]:
    print(len(data), hashlib.blake2b(data).hexdigest()[:40], hashlib.blake2s(data).hexdigest()[:40])
print(hashlib.blake2b(b"x", digest_size=16).hexdigest(), hashlib.blake2b(b"msg", key=b"secret").hexdigest()[:32])
print(hashlib.blake2s(b"msg", key=b"k" * 32, salt=b"s" * 8, person=b"p" * 8, digest_size=20).hexdigest())
print(hashlib.blake2b(b"msg", salt=b"salty", person=b"me").hexdigest()[:32], hashlib.blake2b(b"d").hexdigest()[:16])
h = hashlib.blake2b(digest_size=32); h.update(b"a" * 200); h.update(b"b" * 100); c = h.copy(); c.update(b"z")
print(h.hexdigest(), c.hexdigest()[:16], h.name, h.digest_size, h.block_size)
h = hashlib.sha3_256(); 
for i in range(100): h.update(str(i).encode() * 7)
print(h.hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
for fn in [lambda: hashlib.shake_128(b"x").hexdigest(), lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b"k" * 33), lambda: hashlib.new("SHA3-256", b"x").hexdigest()[:8], lambda: hashlib.new("blake2s").name]:
    try: print(fn())
    except Exception as e: print(type(e).__name__, e)
