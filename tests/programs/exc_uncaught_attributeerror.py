"""An uncaught AttributeError on a misspelt attribute: with a 'Did you mean' suggestion."""


class Inventory:
    def __init__(self):
        self.quantity = 5


inv = Inventory()
print(inv.quantity)
print(inv.quantiy)
