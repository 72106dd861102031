"""A subpackage whose modules reach up with .. and ... imports."""
from .scale import scaled

__all__ = ["scaled"]
