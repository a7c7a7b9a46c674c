import logging
import sys

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s %(request_id)s %(message)s"))
log = logging.getLogger("web")
log.addHandler(h)
log.setLevel(logging.INFO)
log.propagate = False
adapter = logging.LoggerAdapter(log, {"request_id": "r-42"})
adapter.info("handling %s", "/index")
adapter.debug("not shown")
print(adapter.isEnabledFor(logging.INFO), adapter.getEffectiveLevel())

class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR

h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("filtered: %(message)s"))
h2.addFilter(OnlyErrors())
other = logging.getLogger("other")
other.addHandler(h2)
other.propagate = False
other.warning("dropped")
other.error("kept")
h2.addFilter(lambda r: "secret" not in r.getMessage())
other.error("secret stuff")
other.error("public stuff")
name_filter = logging.Filter("app.sub")
print(name_filter.filter(logging.makeLogRecord({"name": "app.sub.x"})),
      name_filter.filter(logging.makeLogRecord({"name": "app.subway"})))
