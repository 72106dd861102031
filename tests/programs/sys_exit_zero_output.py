"""raise SystemExit(0) after output: status 0 and buffered stdout is flushed."""
import sys

for i in range(5):
    print("line", i)
sys.stdout.write("no newline at the end")
raise SystemExit(0)
