"""A module in a namespace subpackage (pkgs/nsonly has no __init__.py)."""
LEAF = "leaf of a namespace subpackage"
