"""Keyword-only parameters: bare star, after *args, with and without defaults."""


def f(a, *, key, flag=False):
    return (a, key, flag)


print(f(1, key=2))
print(f(1, flag=True, key="k"))


def g(*args, sep=" ", end="\n"):
    return repr(sep.join(map(str, args)) + end)


print(g(1, 2, 3))
print(g(1, 2, 3, sep="-", end="."))


def h(*, only):
    return only


print(h(only="yes"))
print(f.__kwdefaults__, h.__kwdefaults__)
print(f.__code__.co_kwonlyargcount, g.__code__.co_kwonlyargcount)

for call in [lambda: f(1, 2), lambda: f(1), lambda: h(), lambda: h(1),
             lambda: g(1, bad=2), lambda: f(1, key=1, key2=2)]:
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)


def required_many(*, a, b, c, d=0):
    return a + b + c + d


for kwargs in [{}, {"a": 1}, {"a": 1, "b": 2}, {"c": 1, "a": 1, "b": 1}]:
    try:
        print(required_many(**kwargs))
    except TypeError as exc:
        print("TypeError:", exc)
