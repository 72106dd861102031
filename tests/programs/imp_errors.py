"""Import error messages: missing modules, missing submodules, missing names."""
import os

here = os.path.dirname(os.path.abspath(__file__))
attempts = [
    "import nonexistent_module_xyz",
    "import pkgs.nope",
    "from pkgs import nope",
    "from pkgs.starmod import does_not_exist",
    "import pkgs.starmod.sub",
    "from json import nothing_here",
    "import os.nope",
    "from . import x",
]
for statement in attempts:
    try:
        exec(statement, {"__name__": "__main__"})
    except ImportError as exc:
        text = str(exc).replace(here, "<programs>")
        print(f"{type(exc).__name__}: {text} | name={exc.name!r}")
print(issubclass(ModuleNotFoundError, ImportError))
try:
    __import__("")
except ValueError as exc:
    print("ValueError:", exc)
try:
    __import__("pkgs", level=-1)
except ValueError as exc:
    print("ValueError:", exc)
