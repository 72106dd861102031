"""Namespace packages: one package spread over two sys.path entries, and one inside a package."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "pkgs", "ns_a"))
sys.path.insert(0, os.path.join(here, "pkgs", "ns_b"))
import nsp
import nsp.mod_a
import nsp.mod_b
from nsp import sub

print(nsp.mod_a.WHO)
print(nsp.mod_b.WHO)
print(sub.KIND, sub.__name__)
print(getattr(nsp, "__file__", None), [os.path.relpath(p, here) for p in nsp.__path__])
print(nsp.__spec__.origin, type(nsp.__path__).__name__)
import pkgs.nsonly.leaf
print(pkgs.nsonly.leaf.LEAF, [os.path.relpath(p, here) for p in pkgs.nsonly.__path__])
print(sorted(n for n in sys.modules if n.startswith("nsp")))
