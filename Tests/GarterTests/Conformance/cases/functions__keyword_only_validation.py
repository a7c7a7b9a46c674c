def connect(host, port=80, *, timeout=10, retries=3, secure=False):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port} timeout={timeout} retries={retries}"
print(connect("example.com"))
print(connect("example.com", 443, secure=True))
print(connect(port=8080, host="localhost", retries=0))
for call in [lambda: connect("h", 1, 2), lambda: connect(), lambda: connect("h", tmeout=1), lambda: connect("h", port=1, host="x")]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
