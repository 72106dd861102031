"""Annotations: module/class/function __annotations__, annotated names without values."""
count: int = 0
name: str
ratio: "float" = 0.5
print(__annotations__)
try:
    name
except NameError as exc:
    print("NameError:", exc)


class Config:
    host: str = "localhost"
    port: int
    debug: bool = False
    items: list[int] = []

    def method(self, a: int, *args: str, key: "Config" = None, **kw: float) -> None:
        local: int = 5
        self.attr: str = "instance"
        return None


print(Config.__annotations__)
print(Config.method.__annotations__)
print(hasattr(Config, "port"), Config.host)
c = Config()
c.method(1)
print(c.attr)


def no_annotations(a, b):
    pass


print(no_annotations.__annotations__)
evaluated = []


def side_effect(tag):
    evaluated.append(tag)
    return tag


def annotated(x: side_effect("param")) -> side_effect("return"):
    pass


print(evaluated, annotated.__annotations__)


def f():
    inner: side_effect("local annotation not evaluated") = 1
    return inner


f()
print(evaluated)
x: side_effect("module annotation evaluated")
print(evaluated[-1])
lst = [0]
lst[0]: int = 5
obj = Config()
obj.port: int = 8080
print(lst, obj.port, "lst" in __annotations__)
