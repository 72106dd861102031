"""Hashing: __hash__/__eq__ in dicts and sets, unhashable types, hash of equal numbers."""


class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  eq({self.name}, {getattr(other, 'name', other)})")
        return isinstance(other, Key) and self.name.lower() == other.name.lower()

    def __hash__(self):
        return hash(self.name.lower())

    def __repr__(self):
        return f"Key({self.name})"


d = {Key("Alpha"): 1}
print(d[Key("ALPHA")])
d[Key("alpha")] = 2
print(d, len(d))
s = {Key("x"), Key("X"), Key("y")}
print(len(s), sorted(k.name for k in s))


class NoHash:
    def __eq__(self, other):
        return True


print(NoHash.__hash__)
for bad in [lambda: {NoHash(): 1}, lambda: {[1, 2]}, lambda: hash({}),
            lambda: {frozenset(): 1, (1, [2]): 2}]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)


class Explicit:
    __hash__ = None


try:
    hash(Explicit())
except TypeError as exc:
    print("TypeError:", exc)


class InheritsHash(Key):
    pass


print(hash(InheritsHash("a")) == hash(Key("A")))


class EqSubclass(Key):
    def __eq__(self, other):
        return False


try:
    hash(EqSubclass("q"))
except TypeError as exc:
    print("TypeError:", exc)

print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0))
print({1: "int", 1.0: "float", True: "bool"})
print(len({1, 1.0, True, complex(1, 0)}), {0, False, 0.0})
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(float("inf")))


class Counter:
    hashes = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Counter.hashes += 1
        return self.v

    def __eq__(self, other):
        return self.v == other.v


items = [Counter(i % 3) for i in range(9)]
unique = set(items)
print(len(unique), Counter.hashes)


class BadHash:
    def __hash__(self):
        return "nope"


try:
    hash(BadHash())
except TypeError as exc:
    print("TypeError:", exc)


class BigHash:
    def __hash__(self):
        return 2**100


print(hash(BigHash()) == hash(2**100))
