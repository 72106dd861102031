"""A program that logs to stderr and exits normally: stderr's final line is compared."""
import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.info("starting")
for i in range(3):
    print("working", i)
    log.debug("hidden debug %d", i)
log.warning("almost done: %s", "careful")
print("done")
sys.stderr.write("explicit stderr line\n")
log.error("final error line")
