import io
import sys

buf = io.StringIO()
print("a", 1, [2, 3], file=buf)
print("no newline", end="", file=buf)
print(file=buf)
print("x", "y", sep="::", end="!\n", file=buf)
print(repr(buf.getvalue()))

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)
        return len(s)
    def flush(self):
        self.calls.append("<flush>")

r = Recorder()
print("p", "q", sep="", file=r)
print(1, 2, 3, file=r, flush=True)
print(r.calls)
print("to stdout", file=None)
print("to stdout explicitly", file=sys.stdout)
