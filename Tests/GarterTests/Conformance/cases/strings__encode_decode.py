s = "Grüße, 世界!"
b = s.encode()
print(b, len(b), len(s))
print(b.decode(), b.decode("utf-8") == s)
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
print("abc".encode("ascii"), list("hi".encode()))
print(b"abc".decode("ascii"), bytes([72, 105]).decode())
print(s.encode("latin-1", "replace"), "é".encode("latin-1"))
