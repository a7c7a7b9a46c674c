import logging
import sys

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s"))
log = logging.getLogger("svc")
log.addHandler(h)
log.propagate = False
log.info("hidden: default level is WARNING via root")
log.warning("shown")
log.setLevel(logging.INFO)
log.info("now shown")
log.debug("still hidden")
log.setLevel("DEBUG")
log.debug("debug shown")
h.setLevel(logging.ERROR)
log.warning("filtered by handler")
log.error("handler passes error")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(25))
logging.addLevelName(25, "NOTICE")
h.setLevel(logging.NOTSET)
log.log(25, "custom level %s", "ok")
print(log.isEnabledFor(logging.DEBUG), log.isEnabledFor(5))
print(logging.WARN, logging.FATAL, logging.NOTSET)
try:
    log.setLevel("LOUD")
except ValueError as e:
    print(e)
