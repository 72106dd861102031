"""CPython's TypeError messages for every kind of bad call."""


def one(a):
    pass


def two(a, b):
    pass


def opt(a, b=1):
    pass


def kwo(a, *, k, m):
    pass


def star(a, *args):
    pass


def nothing():
    pass


def mixed(a, b, /, c, *, d):
    pass


cases = [
    ("one()", lambda: one()),
    ("two(1)", lambda: two(1)),
    ("two()", lambda: two()),
    ("one(1, 2)", lambda: one(1, 2)),
    ("opt(1, 2, 3)", lambda: opt(1, 2, 3)),
    ("opt()", lambda: opt()),
    ("nothing(1)", lambda: nothing(1)),
    ("nothing(x=1)", lambda: nothing(x=1)),
    ("one(1, a=2)", lambda: one(1, a=2)),
    ("one(b=2)", lambda: one(b=2)),
    ("kwo(1)", lambda: kwo(1)),
    ("kwo(1, k=1)", lambda: kwo(1, k=1)),
    ("kwo(1, 2, k=1, m=2)", lambda: kwo(1, 2, k=1, m=2)),
    ("kwo(1, 2, 3, k=1)", lambda: kwo(1, 2, 3, k=1)),
    ("star()", lambda: star()),
    ("star(1, a=2)", lambda: star(1, a=2)),
    ("mixed(1, 2)", lambda: mixed(1, 2)),
    ("mixed(1, 2, 3)", lambda: mixed(1, 2, 3)),
    ("mixed(a=1, b=2, c=3, d=4)", lambda: mixed(a=1, b=2, c=3, d=4)),
    ("mixed(1, 2, 3, 4, d=5)", lambda: mixed(1, 2, 3, 4, d=5)),
    ("two(**{'a': 1, 'c': 2})", lambda: two(**{"a": 1, "c": 2})),
    ("two(1, **{'a': 1})", lambda: two(1, **{"a": 1})),
    ("two(*[1, 2, 3])", lambda: two(*[1, 2, 3])),
    ("lambda x: x ()", lambda: (lambda x: x)()),
]
for text, call in cases:
    try:
        call()
    except TypeError as exc:
        print(f"{text:32} -> {exc}")
    else:
        print(f"{text:32} -> no error")
