"""*args and **kwargs: collection, forwarding, ordering, types."""


def collect(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, kwargs


print(collect())
print(collect(1, 2, 3))
print(collect(x=1, y=2))
print(collect(1, *[2, 3], *(4,), z=5, **{"w": 6}, **{"v": 7}))


def forward(func, *args, **kwargs):
    print("forwarding", args, kwargs)
    return func(*args, **kwargs)


def target(a, b, c=0, *, d=1):
    return a + b + c + d


print(forward(target, 1, 2))
print(forward(target, 1, 2, 3, d=10))
print(forward(target, b=5, a=6))

# kwargs preserve the order the caller wrote.
print(list(collect(b=1, a=2, c=3)[3]))
print(list(collect(**{"z": 1, "a": 2}, m=3)[3]))


def modify(*args, **kwargs):
    kwargs["added"] = True
    return args + ("extra",), kwargs


base = {"k": 1}
print(modify(1, **base))
print(base)


# Strings, generators, sets (sorted) and dict keys can all be star-unpacked.
def show(*items):
    return items


print(show(*"abc"))
print(show(*(i * i for i in range(4))))
print(show(*sorted({3, 1, 2})))
print(show(*{"x": 1, "y": 2}))


def kw_only_name(**kwargs):
    return sorted(kwargs)


print(kw_only_name(**{"self": 1, "kwargs": 2, "args": 3}))


class Fwd:
    def method(self, *args, **kwargs):
        return self.__class__.__name__, args, kwargs


print(Fwd().method(1, k=2))
print(Fwd.method(Fwd(), *[1, 2]))
print(collect(*range(3), *[], **{}))
