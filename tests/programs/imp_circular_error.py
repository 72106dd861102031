"""A circular from-import of a name not yet defined fails with CPython's ImportError message."""
import os
import sys

try:
    import pkgs.circular_bad.x
except ImportError as exc:
    message = str(exc).replace(os.path.dirname(os.path.abspath(__file__)), "<programs>")
    print("ImportError:", message)
    print(exc.name, os.path.relpath(exc.path) if exc.path else exc.path)
print(sorted(n for n in sys.modules if n.startswith("pkgs.circular_bad")))
