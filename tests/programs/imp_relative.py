"""Relative imports at several levels inside a package hierarchy; __package__ values."""
from pkgs.geometry.transforms import scaled
from pkgs.geometry.transforms import scale
from pkgs.geometry import Circle, Square
import pkgs.geometry.transforms as tr

print(scaled(Circle(1), 3).r, scaled(Square(2), 2).side, scaled(Circle(1), 2).center)
print(scale.SAME_MODULE, scale.PACKAGE, tr.__package__, tr.__name__, tr.__all__)
try:
    scaled("not a shape", 2)
except TypeError as exc:
    print("TypeError:", exc)
try:
    exec("from . import anything")
except ImportError as exc:
    print("ImportError:", exc)
try:
    exec("from .. import x", {"__name__": "pkgs.geometry", "__package__": "pkgs"})
except ImportError as exc:
    print("ImportError:", exc)
ns = {"__name__": "pkgs.geometry.something", "__package__": "pkgs.geometry"}
exec("from .vectors import ORIGIN\nfrom ..geometry import shapes", ns)
print(ns["ORIGIN"], ns["shapes"].__name__)
print(__package__, __spec__)
