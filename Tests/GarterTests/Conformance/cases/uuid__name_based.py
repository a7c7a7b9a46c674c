import uuid
for ns_name, ns in [("dns", uuid.NAMESPACE_DNS), ("url", uuid.NAMESPACE_URL), ("oid", uuid.NAMESPACE_OID), ("x500", uuid.NAMESPACE_X500)]:
    print(ns_name, ns, uuid.uuid3(ns, "example.com"), uuid.uuid5(ns, "example.com"))
ids = {name: uuid.uuid5(uuid.NAMESPACE_URL, f"https://example.com/{name}") for name in ["alpha", "beta", "gamma"]}
for name, u in sorted(ids.items(), key=lambda kv: kv[1]):
    print(name, u, u.version)
u4 = uuid.uuid4()
print(u4.version, u4.variant == uuid.RFC_4122, len(u4.hex), str(u4).count("-"), uuid.UUID(str(u4)) == u4)
print(uuid.uuid1().version)
