"""Cell objects: __closure__, cell_contents, empty cells, co_freevars/co_cellvars, __class__."""


def outer():
    a = 1
    b = "two"

    def inner():
        return a, b
    return inner


fn = outer()
print(fn.__code__.co_freevars, outer.__code__.co_cellvars)
print([cell.cell_contents for cell in fn.__closure__])
print(fn.__closure__[0].cell_contents == 1)


def not_yet():
    def inner():
        return later
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        inner()
    except NameError as exc:
        print(type(exc).__name__ + ":", exc)
    later = "now bound"
    print(cell.cell_contents, inner())
    del later
    try:
        inner()
    except NameError as exc:
        print(type(exc).__name__ + ":", exc)


not_yet()

print(outer.__closure__, (lambda: 0).__closure__)

cell_fn = outer()
cell = cell_fn.__closure__[0]
cell.cell_contents = 99
print(cell_fn())


class WithClassCell:
    def who(self):
        return __class__.__name__

    def sup(self):
        return super().__repr__.__qualname__


print(WithClassCell().who(), WithClassCell.who.__code__.co_freevars, WithClassCell().sup())


def counter_pair():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def dec():
        nonlocal n
        n -= 1
        return n
    return inc, dec


inc, dec = counter_pair()
inc(), inc(), dec()
print(inc.__closure__[0] is dec.__closure__[0], inc.__closure__[0].cell_contents)
