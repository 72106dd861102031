"""An uncaught ModuleNotFoundError ends the program with status 1."""
print("about to import")
import pkgs.geometry.no_such_submodule
