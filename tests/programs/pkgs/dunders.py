"""Module dunders as a module sees them."""
import os

INFO = {
    "name": __name__,
    "package": __package__,
    "spec_name": __spec__.name,
    "spec_parent": __spec__.parent,
    "file": os.path.basename(__file__),
    "origin_matches_file": __spec__.origin == __file__,
    "doc": __doc__,
    "has_builtins": "__builtins__" in globals(),
}
