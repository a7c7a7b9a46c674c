import hashlib
data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, data)
    print(f"{name:<7} {h.digest_size:>2} {h.block_size:>3} {h.hexdigest()}")
print(hashlib.sha256(b"").hexdigest())
print(hashlib.md5(b"").digest())
print(hashlib.sha1("héllo".encode("utf-8")).hexdigest())
