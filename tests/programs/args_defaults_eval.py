"""Defaults are evaluated once, at def time; __defaults__ and __kwdefaults__ can be changed."""
counter = 0


def next_id():
    global counter
    counter += 1
    return counter


def f(a=next_id(), b=next_id(), *, c=next_id()):
    return a, b, c


print(f(), f(), counter)
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (100, 200)
f.__kwdefaults__ = {"c": 300}
print(f())
f.__defaults__ = (7,)
print(f(1))
try:
    f()
except TypeError as exc:
    print("TypeError:", exc)
f.__defaults__ = None
try:
    f()
except TypeError as exc:
    print("TypeError:", exc)

x = 10


def late(v=x):
    return v


x = 20
print(late())

fns = [lambda i=i: i * 10 for i in range(3)]
print([fn() for fn in fns])
fns = [lambda: i * 10 for i in range(3)]
print([fn() for fn in fns])


class C:
    attr = "class-level"

    def method(self, v=attr):
        return v


print(C().method())


def with_annotations(a: int = 1, *, b: "str" = "b") -> list:
    return [a, b]


print(with_annotations(), with_annotations.__annotations__)
