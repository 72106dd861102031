"""A module with __all__: star imports take exactly these names."""
__all__ = ["public", "_listed_private", "CONSTANT"]
CONSTANT = 10
public = "public value"
_listed_private = "private but listed"
unlisted = "not in __all__"
_hidden = "hidden"
