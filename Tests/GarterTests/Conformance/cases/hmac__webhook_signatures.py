import hmac, hashlib, json
secret = b"whsec_test_123"
events = [{"id": 1, "type": "invoice.paid", "amount": 4200}, {"id": 2, "type": "invoice.failed", "amount": 99}]
signed = []
for ev in events:
    body = json.dumps(ev, sort_keys=True).encode()
    sig = hmac.new(secret, body, hashlib.sha256).hexdigest()
    signed.append((body, sig))
    print(ev["id"], sig)
tampered = signed[1][0].replace(b"99", b"9900")
for body, sig in signed + [(tampered, signed[1][1])]:
    expected = hmac.new(secret, body, "sha256").hexdigest()
    print(hmac.compare_digest(expected, sig), body[:30])
h = hmac.new(b"key", digestmod=hashlib.md5)
for part in [b"a", b"b", b"c"]:
    h.update(part)
print(h.hexdigest() == hmac.new(b"key", b"abc", hashlib.md5).hexdigest(), h.name, h.digest_size, hmac.digest(b"k", b"m", "sha1").hex())
print(hmac.new(b"x" * 200, b"long key", hashlib.sha512).hexdigest()[:32])
