import logging
import sys

def risky():
    return {"a": 1}["b"]

try:
    risky()
except KeyError:
    logging.exception("lookup failed")
print("handled")
sys.exit(3)
