import logging
import sys

class ShortTraceback(logging.Formatter):
    def formatException(self, ei):
        return "EXC %s: %s" % (ei[0].__name__, ei[1])

h = logging.StreamHandler(sys.stdout)
h.setFormatter(ShortTraceback("%(levelname)s %(message)s"))
log = logging.getLogger("exc")
log.addHandler(h)
log.propagate = False
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed to divide")
try:
    int("x")
except ValueError as e:
    log.error("with exc_info=e", exc_info=e)
    log.warning("exc_info=True", exc_info=True)
log.error("no active exception", exc_info=True)
record_lines = []
class Capture(logging.Handler):
    def emit(self, record):
        record_lines.append((record.levelname, record.getMessage(), record.exc_info is not None))
log.addHandler(Capture())
try:
    {}["missing"]
except KeyError as e:
    log.error("lookup failed: %s", e, exc_info=False)
print(record_lines)
