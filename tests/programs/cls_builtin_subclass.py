"""Subclasses of int, str, list, dict, set: overridden methods seen by host code, extra state."""


class Celsius(float):
    def __new__(cls, value, label="C"):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj

    def __repr__(self):
        return f"{float(self):.1f}°{self.label}"


t = Celsius(21.456)
print(t, t + 1, type(t + 1).__name__, isinstance(t, float), round(t, 1))


class Loud(str):
    def upper(self):
        return "LOUD:" + super().upper()

    def __add__(self, other):
        return Loud(str.__add__(self, other) + "!")


s = Loud("hi")
print(s.upper(), s + " there", type(s + "x").__name__, s.lower(), type(s.lower()).__name__)
print(s == "hi", {s: 1}["hi"], "h" in s, len(s))


class History(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.log = []

    def append(self, item):
        self.log.append(item)
        super().append(item)

    def __getitem__(self, i):
        result = super().__getitem__(i)
        return result


h = History([3, 1])
h.append(2)
h.extend([9])
h += [7]
print(h, h.log, sorted(h), h[0], h[1:3], type(h[1:3]).__name__, len(h))
h.sort()
print(h, type(h).__name__, h == [1, 2, 3, 7, 9])


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


ld = LowerDict()
ld["ABC"] = 1
ld.update({"XyZ": 2})
print(ld, ld["aBc"], ld.get("ABC"), dict(ld))


class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)

    def half(self):
        return self // 2


e = Even(10)
print(e, e.half(), e + 1, type(e + 1).__name__, e * 2, hex(e), f"{e:05d}")
try:
    Even(3)
except ValueError as exc:
    print("ValueError:", exc)


class Tags(set):
    def add(self, item):
        super().add(item.strip().lower())


tg = Tags()
tg.add("  Python ")
tg.add("PYTHON")
tg |= {"Extra"}
print(sorted(tg), type(tg).__name__)


class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key!r} here")


try:
    Strict()["x"]
except KeyError as exc:
    print("KeyError:", exc)


class MyExcInt(int):
    def __bool__(self):
        return False


print(bool(MyExcInt(5)), MyExcInt(5) or "falsy", [x for x in [MyExcInt(1)] if x])
