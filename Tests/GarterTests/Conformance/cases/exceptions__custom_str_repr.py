class HTTPError(Exception):
    def __init__(self, status, reason):
        self.status = status
        self.reason = reason
        super().__init__(status, reason)
    def __str__(self):
        return f"HTTP {self.status}: {self.reason}"
e = HTTPError(404, "Not Found")
print(e)
print(repr(e))
print(e.args)
try:
    raise e
except HTTPError as caught:
    print(caught is e, caught.status)
class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"
print(repr(Quiet("x")), str(Quiet("x")))
