import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.bytes, u.bytes_le)
same = [uuid.UUID("{12345678-1234-5678-1234-567812345678}"), uuid.UUID("urn:uuid:12345678123456781234567812345678"),
        uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields), uuid.UUID(int=u.int)]
print(all(s == u for s in same), len({*same}), str(uuid.UUID(int=0)), uuid.UUID(int=2**128 - 1))
print(uuid.UUID("12345678123456781234567812345678", version=4))
