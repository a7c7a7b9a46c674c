import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)
logging.debug("debug %d", 1)
logging.info("info %s", "two")
logging.warning("warning")
logging.error("error: %r", {"k": 1})
logging.critical("critical")
log = logging.getLogger("app.db")
log.info("connected to %s:%d", "localhost", 5432)
log.debug("query took %.2f ms", 3.14159)
print(logging.getLogger().level, log.level, log.getEffectiveLevel())
