"""Class decorators: registration, adding methods, replacing the class, stacking."""
plugins = []


def plugin(cls):
    plugins.append(cls.__name__)
    return cls


def add_repr(cls):
    fields = list(cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount])

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    cls.__repr__ = __repr__
    return cls


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    get.wrapped_class = cls
    return get


def with_prefix(prefix):
    def deco(cls):
        cls.prefix = prefix
        return cls
    return deco


@plugin
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


@plugin
@with_prefix(">> ")
class Logger:
    def log(self, msg):
        return self.prefix + msg


@singleton
class Config:
    def __init__(self, name):
        self.name = name


print(plugins)
print(Point(1, "two"))
print(Logger().log("hello"), Logger.prefix)
a = Config("first")
b = Config("second")
print(a is b, a.name, Config.wrapped_class.__name__, type(Config).__name__)


def frozen_attrs(cls):
    original = cls.__setattr__

    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen; cannot set {name}")
        original(self, name, value)
    cls.__setattr__ = __setattr__
    return cls


@frozen_attrs
class Settings:
    def __init__(self):
        self.level = 3
        self._frozen = True


s = Settings()
try:
    s.level = 4
except AttributeError as exc:
    print("AttributeError:", exc)
print(s.level)
