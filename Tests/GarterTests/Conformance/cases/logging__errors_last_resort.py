import logging
import sys

log = logging.getLogger("noconfig")
log.info("not shown")
log.warning("last resort prints the bare message")
sys.exit(2)
