"""sys.exit with a string: the message goes to stderr and the status is 1."""
import sys


def check_config(config):
    if "path" not in config:
        sys.exit(f"fatal: no path in config {sorted(config)}")


print("checking")
check_config({"name": "x"})
print("not reached")
