"""sys.exit() with no argument from nested calls inside try/except Exception: status 0."""
import sys


def worker(n):
    if n == 3:
        sys.exit()
    return n


results = []
for i in range(10):
    try:
        results.append(worker(i))
    except Exception:
        results.append("error")
    finally:
        print("step", i, results)
