"""__prepare__: a custom namespace records definition order and duplicates; metaclass kwargs."""


class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
        self.duplicates = []

    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            self.duplicates.append(key)
        self.order.append(key)
        super().__setitem__(key, value)


class Recorder(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, [b.__name__ for b in bases], kwargs)
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        cls.duplicates = ns.duplicates
        cls.options = kwargs
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Form(metaclass=Recorder, strict=True):
    username = "text"
    password = "secret"

    def validate(self):
        return True

    username = "email"
    age = 0


print(Form.order)
print(Form.duplicates, Form.options, Form.username)


class Sub(Form, tag="x"):
    z = 1
    a = 2


print(Sub.order, Sub.options)


class Defaults(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"injected": "from prepare", "helper": lambda: "helper called"}


class Uses(metaclass=Defaults):
    seen = injected  # noqa: F821
    called = helper()  # noqa: F821


print(Uses.seen, Uses.called)


class Locals(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        ns = {}
        ns["log"] = []
        return ns


class Body(metaclass=Locals):
    log.append("in body")  # noqa: F821
    print("class body sees", sorted(k for k in locals() if not k.startswith("__")))
    print("qualname in body:", __qualname__, "module:", __module__)


print(Body.log)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class Broken(metaclass=BadPrepare):
        pass
except TypeError as exc:
    print("TypeError:", exc)
