"""__init_subclass__: hooks with keyword arguments, inheritance of hooks, validation."""


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls


class Json(Plugin, name="json", priority=5):
    pass


class Yaml(Plugin):
    pass


class StrictJson(Json, priority=9):
    pass


for key in sorted(Plugin.registry):
    cls = Plugin.registry[key]
    print(key, cls.__name__, cls.priority)


class Validated:
    required = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError(f"{cls.__name__} lacks {', '.join(missing)}")


class Shape(Validated):
    required = ("area",)

    def area(self):
        return 0


try:
    class Broken(Shape):
        required = ("area", "perimeter")
except TypeError as exc:
    print("TypeError:", exc)


try:
    class Unknown(Plugin, colour="red"):
        pass
except TypeError as exc:
    print("TypeError:", exc)


class Base:
    def __init_subclass__(cls):
        print("Base hook for", cls.__name__, "defined in", cls.__qualname__)


class Child(Base):
    def __init_subclass__(cls):
        print("Child hook for", cls.__name__)
        super().__init_subclass__()


class GrandChild(Child):
    pass


class Implicit:
    def __init_subclass__(cls):
        cls.hooked = True


print(type(Implicit.__dict__["__init_subclass__"]).__name__)


class Sub(Implicit):
    pass


print(Sub.hooked, hasattr(Implicit, "hooked"))
