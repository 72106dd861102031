"""Importing a package that lives next to the program: attributes, submodules, module dunders."""
import os
import sys

import pkgs.geometry
from pkgs.geometry import Circle, Square, area_sum
from pkgs.geometry.vectors import Vector as V
import pkgs.geometry.shapes as shapes_mod
import pkgs.dunders

c = Circle(2)
s = Square(3, V(1, 1))
print(c.area(), s.area(), area_sum(c, s), s.moved(1, 2).center, s.center)
print(pkgs.geometry.__name__, pkgs.geometry.__package__, shapes_mod.__name__, shapes_mod.__package__)
print(os.path.relpath(pkgs.geometry.__file__), [os.path.relpath(p) for p in pkgs.geometry.__path__])
print(pkgs.geometry.__all__, pkgs.geometry.vectors.ORIGIN, shapes_mod.Circle is Circle)
print(sorted(name for name in sys.modules if name.startswith("pkgs")))
print(pkgs.dunders.INFO)
print(hasattr(pkgs, "geometry"), "geometry" in dir(pkgs), type(pkgs.geometry).__name__)
print(pkgs.geometry.__spec__.name, pkgs.geometry.__spec__.parent,
      pkgs.geometry.__spec__.submodule_search_locations == pkgs.geometry.__path__)
import pkgs.geometry as again
print(again is pkgs.geometry, sys.modules["pkgs.geometry"] is again)
