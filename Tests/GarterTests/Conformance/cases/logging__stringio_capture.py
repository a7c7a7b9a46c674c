import io
import logging

buf = io.StringIO()
logging.basicConfig(stream=buf, format="%(levelname)s:%(message)s", level=logging.INFO)
logging.info("processed %d rows", 120)
logging.warning("3 rows skipped")
logging.debug("invisible")
logging.basicConfig(stream=buf, format="ignored %(message)s")
logging.error("second basicConfig had no effect")
print(buf.getvalue(), end="")
buf2 = io.StringIO()
logging.basicConfig(stream=buf2, format="forced %(message)s", force=True)
logging.warning("after force")
print(repr(buf2.getvalue()))
try:
    logging.basicConfig(stream=buf2, filename="x.log", force=True)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print(e)
