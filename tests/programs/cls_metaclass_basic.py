"""Metaclasses: __new__, __init__, __call__, class-level methods, registries, inheritance."""
created = []


class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        created.append(("new", name, sorted(k for k in namespace if not k.startswith("__"))))
        cls = super().__new__(mcls, name, bases, namespace)
        mcls.classes[name] = cls
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        created.append(("init", name, kwargs))
        super().__init__(name, bases, namespace)

    def __call__(cls, *args, **kwargs):
        created.append(("call", cls.__name__, args))
        return super().__call__(*args, **kwargs)

    def __repr__(cls):
        return f"<class {cls.__name__} via Registry>"

    def __len__(cls):
        return len(cls.fields)


class Model(metaclass=Registry):
    fields = ()

    def __init__(self, *values):
        for f, v in zip(self.fields, values):
            setattr(self, f, v)


class User(Model, flavour="sql"):
    fields = ("name", "age")

    def describe(self):
        return f"{self.name} ({self.age})"


u = User("ann", 30)
print(u.describe())
for entry in created:
    print(entry)
print(sorted(Registry.classes), repr(User), len(User), type(User).__name__, type(Registry))
print(isinstance(User, Registry), isinstance(u, Model))


class Auto(type):
    def __new__(mcls, name, bases, ns):
        for key, value in list(ns.items()):
            if key.startswith("get_"):
                ns[key[4:]] = property(value)
        return super().__new__(mcls, name, bases, ns)


class Person(metaclass=Auto):
    def __init__(self, first, last):
        self.first, self.last = first, last

    def get_full(self):
        return f"{self.first} {self.last}"


print(Person("Grace", "Hopper").full)


def function_metaclass(name, bases, ns):
    ns["made_by"] = "a function"
    return type(name, bases, ns)


class FromFunction(metaclass=function_metaclass):
    pass


print(FromFunction.made_by, type(FromFunction).__name__)


class MetaA(type):
    pass


class MetaB(MetaA):
    pass


class WithA(metaclass=MetaA):
    pass


class WithB(metaclass=MetaB):
    pass


class Both(WithA, WithB):
    pass


print(type(Both).__name__)


class MetaC(type):
    pass


class WithC(metaclass=MetaC):
    pass


try:
    class Conflict(WithB, WithC):
        pass
except TypeError as exc:
    print("TypeError:", exc)


class Counted(type):
    count = 0

    def __call__(cls, *a, **k):
        Counted.count += 1
        return super().__call__(*a, **k)


class Thing(metaclass=Counted):
    pass


Thing(), Thing(), Thing()
print(Counted.count)
