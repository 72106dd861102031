"""A module without __all__: star imports take every name not starting with an underscore."""
import json

alpha = 1
beta = 2
_private = 3


def helper():
    return "helper"
