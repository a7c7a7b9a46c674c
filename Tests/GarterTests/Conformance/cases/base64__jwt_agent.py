import base64, json, hashlib
header = {"alg": "none", "typ": "JWT"}
payload = {"sub": "user-42", "name": "Ann", "admin": False, "iat": 1700000000}
def b64url(data):
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")
def unb64url(text):
    pad = "=" * (-len(text) % 4)
    return base64.urlsafe_b64decode(text + pad)
token = ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                  b64url(json.dumps(payload, separators=(",", ":")).encode()), ""])
print(token)
h, p, sig = token.split(".")
print(json.loads(unb64url(h)), json.loads(unb64url(p)), repr(sig))
blob = base64.b64encode(hashlib.sha256(token.encode()).digest()).decode()
print(blob, len(blob))
