"""An uncaught exception class defined in a package module: its qualified name is printed."""
from pkgs.errors import fail

print("calling into the package")
fail("raised from pkgs.errors")
