"""A module that fails while being imported."""
partial = "set before the failure"
raise ValueError("broken module cannot be imported")
