import logging
import sys

root_handler = logging.StreamHandler(sys.stdout)
root_handler.setFormatter(logging.Formatter("root-handler %(name)s: %(message)s"))
logging.getLogger().addHandler(root_handler)
logging.getLogger().setLevel(logging.INFO)

child = logging.getLogger("a.b.c")
parent = logging.getLogger("a")
mid = logging.getLogger("a.b")
print(child.parent.name, mid.parent.name, parent.parent.name)
print(logging.getLogger("a.b") is mid, logging.getLogger() is logging.root)
child.info("from child")
ph = logging.StreamHandler(sys.stdout)
ph.setFormatter(logging.Formatter("parent-handler %(levelname)s %(message)s"))
parent.addHandler(ph)
child.warning("propagates twice")
mid.propagate = False
child.error("stops at a.b (no handlers there)")
print(child.hasHandlers(), parent.hasHandlers())
print(parent.getChild("x.y").name, logging.getLogger().getChild("z").name)
print(repr(child), repr(logging.getLogger()))
