"""An uncaught KeyboardInterrupt: the process ends the way CPython's does on Ctrl-C."""
print("simulating Ctrl-C")
try:
    raise KeyboardInterrupt
finally:
    print("finally runs before the process ends")
