class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(404, f"{what} not found")
        self.what = what
    def __str__(self):
        return f"NotFound<{self.what}>"
try:
    raise NotFound("user 7")
except AppError as e:
    print(str(e), repr(e), e.code, e.args, type(e).__name__, isinstance(e, Exception))
e = AppError(500, "oops")
print(e, e.args, repr(e))
