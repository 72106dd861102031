"""__class_getitem__ and generic aliases: list[int], custom generics, typing.Generic."""
import typing


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int], Box["x"], Box[1, 2])


class Typed:
    cache = {}

    def __class_getitem__(cls, kind):
        if kind not in cls.cache:
            cls.cache[kind] = type(f"Typed_{kind.__name__}", (cls,), {"kind": kind})
        return cls.cache[kind]

    def __init__(self, value):
        self.value = self.kind(value)


print(Typed[int]("42").value + 1, Typed[str](42).value + "!", Typed[int] is Typed[int])

alias = list[int]
print(alias, alias.__origin__, alias.__args__, type(alias).__name__)
print(dict[str, list[int]], tuple[int, ...], type[object])
print(alias([1, 2]), isinstance(alias([]), list))
try:
    isinstance([], list[int])
except TypeError as exc:
    print("TypeError:", exc)

T = typing.TypeVar("T")


class Stack(typing.Generic[T]):
    def __init__(self):
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)


s = Stack[int]()
s.push(1)
print(s.items, Stack[int], Stack.__parameters__, typing.get_args(Stack[str]))


class Meta(type):
    def __getitem__(cls, item):
        return f"Meta.__getitem__({item})"


class UsesMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"


print(UsesMeta[0])

try:
    object[int]
except TypeError as exc:
    print("TypeError:", exc)


class Instance:
    def __class_getitem__(cls, item):
        return "class"

    def __getitem__(self, item):
        return "instance"


print(Instance[0], Instance()[0])
