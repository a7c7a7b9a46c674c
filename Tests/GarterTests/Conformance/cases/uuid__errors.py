import uuid
for fn in [lambda: uuid.UUID("not-a-uuid"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b"short"),
           lambda: uuid.UUID(fields=(1, 2, 3)), lambda: uuid.UUID("12345678123456781234567812345678", version=9)]:
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
u = uuid.UUID(int=5)
try:
    u.int = 6
except TypeError as e:
    print(e)
print(u < uuid.UUID(int=6), sorted([uuid.UUID(int=9), u]), int(u), hash(u) == hash(5))
