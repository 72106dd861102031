"""Plugins discovered by name and loaded with importlib.import_module."""
AVAILABLE = ["p_alpha", "p_beta"]
