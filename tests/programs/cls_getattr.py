"""__getattr__, __getattribute__, __setattr__, __delattr__ and their interplay."""


class Fallback:
    exists = "class attribute"

    def __init__(self):
        self.real = "instance attribute"

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")


f = Fallback()
print(f.exists, f.real, f.dyn_hello)
try:
    f.other
except AttributeError as exc:
    print("AttributeError:", exc)
print(getattr(f, "other", "default"), hasattr(f, "dyn_x"), hasattr(f, "zzz"))


class Logged:
    def __init__(self):
        self.log = []
        self.value = 1

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(("set", name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

    def method(self):
        return self.value


lg = Logged()
lg.value += 1
lg.method()
del lg.value
print(lg.log)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)


class Target:
    def __init__(self):
        self.x = 1

    def hello(self):
        return f"hello from target, x={self.x}"


t = Target()
pr = Proxy(t)
pr.x = 42
print(pr.hello(), t.x, "x" in vars(pr))


class Both:
    def __getattribute__(self, name):
        if name == "magic":
            raise AttributeError("not here")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"fallback({name})"


bo = Both()
print(bo.magic, bo.__class__.__name__)


class Lazy:
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)
        print("computed", name)
        return value


lz = Lazy()
print(lz.abc, lz.abc, lz.abcdef)


class Recursive:
    def __getattr__(self, name):
        if name == "special":
            return self.other_missing
        raise AttributeError(name)


try:
    Recursive().special
except AttributeError as exc:
    print("AttributeError:", exc)

# Dunder lookups skip the instance and __getattr__.
class NoLen:
    def __getattr__(self, name):
        return lambda: 5


n = NoLen()
print(n.__len__())
try:
    len(n)
except TypeError as exc:
    print("TypeError:", exc)
