"""sys.exit(n) with an integer status; finally blocks and atexit handlers still run."""
import atexit
import sys

atexit.register(lambda: print("atexit handler runs last"))
print("before exit")
try:
    sys.exit(3)
finally:
    print("finally runs during SystemExit")
print("never printed")
