"""An uncaught NameError for a misspelt name: 3.11 adds a 'Did you mean' suggestion."""
number_of_items = 3
print("items:", number_of_items)
print("items:", number_of_itmes)  # noqa: F821
