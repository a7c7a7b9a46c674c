import hmac
print(hmac.compare_digest(b"abc", b"abc"))
sig = hmac.new(b"key", b"payload").hexdigest()
print(sig)
