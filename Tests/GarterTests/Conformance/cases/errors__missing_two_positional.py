def connect(host, port, timeout):
    return f"{host}:{port}"
print("about to connect")
connect("localhost")
