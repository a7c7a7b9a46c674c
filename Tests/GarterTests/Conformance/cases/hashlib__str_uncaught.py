import hashlib
records = [b"id=1", b"id=2", "id=3"]
for r in records:
    print(hashlib.sha1(r).hexdigest()[:10])
