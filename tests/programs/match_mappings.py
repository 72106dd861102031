"""match on mappings: key patterns, **rest, nested mappings, defaultdict and custom Mapping."""
import collections
import collections.abc


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll {d}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": [1, 2], "extra": True},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": "b"},
    {"type": "scroll", "delta": -2.5},
    {"type": "resize"},
    {"size": 3},
    [("type", "click")],
    collections.OrderedDict(type="key", key="z"),
]
for e in events:
    print(handle(e))

dd = collections.defaultdict(lambda: "default!")
dd["present"] = 1
match dd:
    case {"absent": v}:
        print("defaultdict default used?", v)
    case {"present": v}:
        print("defaultdict missing keys do not match; present =", v, "| keys:", list(dd))

config = {"db": {"host": "localhost", "port": 5432}, "debug": True}
match config:
    case {"db": {"host": host, "port": port}, **rest}:
        print(host, port, rest)

KEY = "dynamic"


class Keys:
    NAME = "name"


match {"name": "ann", "dynamic": 1}:
    case {Keys.NAME: n, "dynamic": d}:
        print("dotted key lookup:", n, d)


class Lookups(collections.abc.Mapping):
    def __init__(self):
        self.log = []

    def __getitem__(self, key):
        self.log.append(key)
        if key == "a":
            return 1
        raise KeyError(key)

    def __iter__(self):
        return iter(["a"])

    def __len__(self):
        return 1


lk = Lookups()
match lk:
    case {"a": 1, "b": _}:
        print("no")
    case {"a": x}:
        print("custom mapping matched", x)
print(lk.log)
