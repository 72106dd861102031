"""Circular imports that work: a imports b, b imports the partially initialised a."""
import sys

import pkgs.circular.a as a
import pkgs.circular.b as b

print(a.use_b())
print(b.read_a(), a.b is b, b.a is a)
print(sorted(n for n in sys.modules if n.startswith("pkgs.circular")))
