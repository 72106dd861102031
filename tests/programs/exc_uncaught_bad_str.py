"""An uncaught exception whose __str__ itself fails."""


class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no string for you")


print("raising Weird")
raise Weird("payload")
