"""Zero-argument super(): methods, classmethods, properties, __class__, and its errors."""


class Base:
    def hello(self):
        return f"Base.hello({type(self).__name__})"

    @classmethod
    def make(cls):
        return f"Base.make({cls.__name__})"

    @property
    def value(self):
        return 10

    def __repr__(self):
        return "Base-repr"


class Child(Base):
    def hello(self):
        return "Child+" + super().hello()

    @classmethod
    def make(cls):
        return "Child+" + super().make()

    @property
    def value(self):
        return super().value + 1

    def __repr__(self):
        return "Child(" + super().__repr__() + ")"

    def uses_class_cell(self):
        return __class__.__name__, type(self).__name__

    def in_comprehension(self):
        return [super().hello() for _ in range(2)]

    def in_lambda(self):
        return (lambda: super().hello())()


class GrandChild(Child):
    def hello(self):
        return "GrandChild+" + super().hello()


g = GrandChild()
print(g.hello())
print(GrandChild.make())
print(g.value, repr(g))
print(g.uses_class_cell())
# In 3.11 a comprehension is its own function whose first argument is the iterator.
for attempt in (g.in_comprehension, g.in_lambda):
    try:
        print(attempt())
    except (TypeError, RuntimeError) as exc:
        print(type(exc).__name__ + ":", exc)


def not_a_method():
    return super().hello()


try:
    not_a_method()
except RuntimeError as exc:
    print("RuntimeError:", exc)


class Explicit(Base):
    def hello(self):
        return super(Explicit, self).hello()


print(Explicit().hello())


class NoArgs:
    def method():
        return super().__init__


try:
    NoArgs.method()
except RuntimeError as exc:
    print("RuntimeError:", exc)


class Static(Base):
    @staticmethod
    def st():
        return super().hello


try:
    Static.st()
except RuntimeError as exc:
    print("RuntimeError:", exc)


class Dunder(Base):
    def __init__(self):
        super().__init__()
        self.ok = True

    def __eq__(self, other):
        return super().__eq__(other)


d = Dunder()
print(d.ok, d == d, d == 1, (d == 1) is False)
print(super(Child, g).hello())
s = super(GrandChild, g)
print(type(s).__name__, s.__self__ is g, s.__thisclass__.__name__, s.__self_class__.__name__)
