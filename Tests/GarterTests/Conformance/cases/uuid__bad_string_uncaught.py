import uuid
raw = ["6ba7b810-9dad-11d1-80b4-00c04fd430c8", "6ba7b810-9dad-11d1-80b4-00c04fd430c"]
for r in raw:
    print(uuid.UUID(r).hex)
