"""A regular package: re-exports from submodules, __all__, and a package-level function."""
from .shapes import Circle, Square
from . import vectors

__all__ = ["Circle", "Square", "vectors", "area_sum"]
print("pkgs.geometry initialised")


def area_sum(*shapes):
    return sum(s.area() for s in shapes)
