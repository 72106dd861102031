"""typing at run time: generics, TypeVar, Protocol, TypedDict, get_type_hints, casts, reprs."""
from typing import (Any, Callable, ClassVar, Generic, Literal, Optional, Protocol, TypedDict,
                    TypeVar, Union, cast, get_args, get_origin, get_type_hints, overload,
                    runtime_checkable, NamedTuple, Final)

T = TypeVar("T")
K = TypeVar("K", bound=str)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


b: Box[int] = Box(3)
print(b.get(), Box[int].__origin__ is Box, get_args(Box[str]), T.__name__, K.__bound__)
print(Optional[int], Union[int, str], Union[int, int], Callable[[int], str], Literal["a", 1])
print(get_origin(list[int]), get_origin(Union[int, str]), get_args(dict[str, list[int]]))
print(int | None, (int | str) == Union[int, str], Any)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class File:
    def close(self):
        pass


print(isinstance(File(), Closer), isinstance(3, Closer))


class Movie(TypedDict, total=False):
    title: str
    year: int


m: Movie = {"title": "Up"}
print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), type(m).__name__)


class Config:
    name: str
    retries: int = 3
    flag: ClassVar[bool] = True
    limit: Final = 10

    def method(self, x: "int", y: Optional[str] = None) -> list[int]:
        return [x]


print(get_type_hints(Config))
print(get_type_hints(Config.method))
print(cast(int, "not checked"), cast("list[str]", 5))


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x


print(parse(3), parse("s"))


class Pt(NamedTuple):
    x: int
    y: int = 0


print(Pt(1), Pt.__annotations__, Pt._field_defaults)


def apply(fn: Callable[..., T], *args: Any) -> T:
    return fn(*args)


print(apply(max, 3, 9), apply.__annotations__["return"])
