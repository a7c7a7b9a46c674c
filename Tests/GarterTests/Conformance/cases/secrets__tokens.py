import secrets, string
alphabet = string.ascii_letters + string.digits
password = "".join(secrets.choice(alphabet) for _ in range(16))
print(len(password), all(c in alphabet for c in password))
print(len(secrets.token_hex()), len(secrets.token_hex(8)), len(secrets.token_bytes(5)), type(secrets.token_urlsafe()).__name__)
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(50)), secrets.randbits(1) in (0, 1))
print(secrets.compare_digest("a", "a"), isinstance(secrets.SystemRandom().random(), float))
try:
    secrets.randbelow(0)
except ValueError as e:
    print(e)
