import logging
import sys

logging.warning("this goes to stderr with the default format")
print("stdout still works")
logging.error("disk %s is full", "/dev/sda1")
sys.exit(1)
