import hashlib, base64, uuid
files = {
    "README.md": b"# Project\nSee docs.\n",
    "src/main.py": b"print('hello')\n",
    "data/blob.bin": bytes(range(256)) * 4,
}
manifest = []
for path in sorted(files):
    content = files[path]
    manifest.append({
        "path": path,
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
        "md5_b64": base64.b64encode(hashlib.md5(content).digest()).decode(),
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, path)),
    })
for entry in manifest:
    print(entry)
root = hashlib.sha1("".join(e["sha256"] for e in manifest).encode()).hexdigest()
print("root", root)
