import io
import sys
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second", 2)
    sys.stdout.write("direct write\n")
print("outside:", repr(buf.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print("err got:", repr(err.getvalue()))

old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
captured = sys.stdout.getvalue()
sys.stdout = old
print("restored", repr(captured))
