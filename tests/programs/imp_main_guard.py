"""__name__ == '__main__' in the program, and a guarded module imported by it."""
import sys

import pkgs.mainguard

print(__name__, pkgs.mainguard.main())
import __main__
print(__main__.__name__, hasattr(__main__, "pkgs"), __main__ is sys.modules[__name__])
if __name__ == "__main__":
    print("the program itself runs as __main__")
