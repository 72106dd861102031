import functools


class Base:
    pass


@functools.total_ordering
class Point(Base, metaclass=type):
    """A point."""
    dims: int = 2
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return super().__eq__(other)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    @property
    def norm(self):
        return __class__.__name__
