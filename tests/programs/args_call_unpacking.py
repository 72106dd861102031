"""Star and double-star in calls: several of each, errors for duplicates and bad types."""


def show(*args, **kwargs):
    return args, kwargs


a = [1, 2]
b = (3,)
c = {"x": 1}
d = {"y": 2}
print(show(*a, *b, **c, **d))
print(show(0, *a, 9, *b, k=1, **c, z=3, **d))
print(show(*a, *a))

for call in [
    lambda: show(**c, **c),
    lambda: show(**c, x=5),
    lambda: show(*5),
    lambda: show(**[1, 2]),
    lambda: show(**{1: "a"}),
    lambda: show(*None),
]:
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)


class Mappingish:
    def keys(self):
        return ["p", "q"]

    def __getitem__(self, key):
        return key.upper()


print(show(**Mappingish()))


class Iterish:
    def __iter__(self):
        yield from "xyz"


print(show(*Iterish()))

# Evaluation order: all positional before keyword expressions, left to right.
log = []


def t(tag):
    log.append(tag)
    return [tag]


show(*t("p1"), *t("p2"), **{"k": t("k1")}, other=t("k2"))
print(log)

print(max(*[3, 9, 2]), min(*"hello"), "-".join([*"ab", *"cd"]))
print(dict(**{"a": 1}, b=2), dict([("c", 3)], **{"d": 4}))
