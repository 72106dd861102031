"""PEP 562: module-level __getattr__ and __dir__."""
_computed = {}
eager = "eager value"


def __getattr__(name):
    if name.startswith("lazy_"):
        value = _computed.setdefault(name, name[5:].upper())
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["eager", "lazy_anything"]
