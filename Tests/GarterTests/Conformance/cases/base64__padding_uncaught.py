import base64
tokens = ["dXNlcjE=", "dXNlcjI", "dXNlcjM="]
for t in tokens:
    print(base64.b64decode(t).decode())
