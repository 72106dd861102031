"""TypeError messages from calls to methods, classmethods, constructors and nested functions."""


class Shape:
    def __init__(self, width, height):
        self.width, self.height = width, height

    def scale(self, factor):
        return Shape(self.width * factor, self.height * factor)

    @classmethod
    def square(cls, side):
        return cls(side, side)

    @staticmethod
    def unit(*, kind):
        return kind

    class Inner:
        def deep(self, a, b):
            return a + b


def outer():
    def nested(x, y):
        return x + y
    return nested


s = Shape(2, 3)
calls = [
    lambda: Shape(1),
    lambda: Shape(1, 2, 3),
    lambda: s.scale(),
    lambda: s.scale(1, 2),
    lambda: Shape.scale(),
    lambda: Shape.square(),
    lambda: Shape.unit(1),
    lambda: Shape.unit(),
    lambda: Shape.Inner().deep(1),
    lambda: outer()(1),
    lambda: s.scale(factor=2, extra=1),
    lambda: Shape(width=1, height=2, depth=3),
    lambda: object.__new__(Shape).scale(),
    lambda: (lambda *, k: k)(),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: int(1, 2, 3),
    lambda: "abc".split(1, 2, 3),
]
for call in calls:
    try:
        call()
    except TypeError as exc:
        print(type(exc).__name__, "|", exc)
    else:
        print("no error")
print(Shape.square(4).width, Shape.unit(kind="k"))
