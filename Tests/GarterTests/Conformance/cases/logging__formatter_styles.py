import logging
import sys

def make(fmt, style="%", **kw):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(fmt, style=style, **kw))
    log = logging.getLogger("fmt" + str(id(h)))
    log.handlers = [h]
    log.propagate = False
    log.setLevel(logging.DEBUG)
    return log

make("[%(levelname)-8s] %(name).3s %(message)s").info("percent style")
make("{levelname}:{message!r}", style="{").warning("brace style")
make("$levelname - ${message}", style="$").error("dollar style")
make("%(levelno)d %(message)s %(custom)s", defaults={"custom": "dflt"}).debug("defaults")
log = make("%(message)s %(user)s")
log.info("extra", extra={"user": "alice"})
for bad in [("%(message", "%"), ("{", "{"), ("no fields", "$"), ("x", "?")]:
    try:
        logging.Formatter(bad[0], style=bad[1])
    except ValueError as e:
        print("ValueError", e)
rec = logging.makeLogRecord({"msg": "hello %s", "args": ("world",), "levelname": "INFO", "name": "x"})
print(rec.getMessage(), logging.Formatter("%(name)s %(message)s").format(rec))
