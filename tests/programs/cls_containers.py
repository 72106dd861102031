"""Container dunders: __len__, __getitem__ with slices, __setitem__, __delitem__, __missing__."""


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __len__(self):
        return self.w * self.h

    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} outside the grid")
            return self.cells.get(key, ".")
        if isinstance(key, slice):
            return f"slice({key.start}, {key.stop}, {key.step}) -> {key.indices(len(self))}"
        raise TypeError(f"bad key type {type(key).__name__}")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]


g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(len(g), g[0, 0], g[1, 1], g[2, 1])
print(g[1:5], g[::2], g[-3:], g[:, 1] if False else g[5:1:-1])
del g[0, 0]
print(g[0, 0], bool(g))
for bad in [lambda: g[9, 9], lambda: g["x"]]:
    try:
        bad()
    except (IndexError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)
try:
    del g[1, 1]
except KeyError as exc:
    print("KeyError:", exc)


class Defaulting(dict):
    def __missing__(self, key):
        value = self[key] = f"made-{key}"
        return value


dd = Defaulting(a=1)
print(dd["a"], dd["b"], dd, dd.get("c"), "c" in dd)


class Zero:
    def __len__(self):
        return 0


class Huge:
    def __len__(self):
        return 2**70


print(bool(Zero()), not Zero())
try:
    len(Huge())
except OverflowError as exc:
    print("OverflowError:", exc)


class NegLen:
    def __len__(self):
        return -1


try:
    len(NegLen())
except ValueError as exc:
    print("ValueError:", exc)


class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]


s = Seq("hello")
print(list(reversed(s)), s[1:3], "e" in s, list(s), s[-1])


class Slicer:
    def __getitem__(self, key):
        return key


sl = Slicer()
print(sl[1], sl[1:2], sl[1:2, 3], sl[...], sl[:, None], sl[::])
print(sl[1:2].indices(10), slice(None, None, -1).indices(5))
