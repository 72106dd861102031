"""Helper packages for the program corpus (imported by the imp_*.py programs)."""
LOADED = []
