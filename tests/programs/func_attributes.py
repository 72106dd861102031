"""Function objects: attributes, __dict__, names, qualnames, module, annotations, doc."""


def documented(x: int, y: "str" = "y") -> bool:
    """A documented function."""
    return True


print(documented.__name__, documented.__qualname__, documented.__module__)
print(documented.__doc__, documented.__annotations__)
print(documented.__defaults__, documented.__kwdefaults__)
documented.tag = "custom"
documented.count = 0
documented.count += 1
print(sorted(documented.__dict__.items()))
documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__)
documented.__qualname__ = "Some.qual"
print(documented.__qualname__)
try:
    documented.__name__ = 5
except TypeError as exc:
    print("TypeError:", exc)


def outer():
    def inner():
        class Local:
            def method(self):
                pass
        return Local
    return inner


Local = outer()()
print(Local.__qualname__, Local.method.__qualname__, outer.__qualname__)
print((lambda: 0).__qualname__, [lambda: 0 for _ in "x"][0].__qualname__)


def nodoc():
    pass


def notadoc():
    x = 1
    "not a docstring"


print(nodoc.__doc__, notadoc.__doc__)
print(type(documented).__name__, callable(documented), hasattr(documented, "__call__"))
print(documented.__globals__ is globals(), documented.__builtins__ is __builtins__.__dict__
      if hasattr(__builtins__, "__dict__") else "builtins-dict")


class Thing:
    def method(self):
        """method doc"""

    @staticmethod
    def st():
        pass

    @classmethod
    def cm(cls):
        pass


t = Thing()
print(t.method.__name__, t.method.__qualname__, t.method.__doc__, t.method.__self__ is t)
print(t.method.__func__ is Thing.method, Thing.st.__qualname__, Thing.cm.__self__ is Thing)
print(t.method == t.method, t.method is t.method, Thing().method == t.method)
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
