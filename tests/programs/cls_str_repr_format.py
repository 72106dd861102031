"""__str__, __repr__, __format__, __bytes__, __bool__: who calls which, and the defaults."""


class Both:
    def __str__(self):
        return "str-form"

    def __repr__(self):
        return "repr-form"


class OnlyRepr:
    def __repr__(self):
        return "only-repr"


class Plain:
    pass


b = Both()
print(b, str(b), repr(b), [b], (b,), {"k": b}, f"{b}", f"{b!r}", f"{b!s}", "%s %r" % (b, b))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)

    def __bytes__(self):
        return self.cents.to_bytes(4, "big")

    def __bool__(self):
        return self.cents != 0


m = Money(12345)
print(f"{m}", f"{m:cents}", f"{m:>12,.3f}", format(m), format(m, "cents"), "{:cents}".format(m))
print(bytes(m), bool(m), bool(Money(0)), "yes" if Money(0) else "no")
try:
    format(Plain(), "x")
except TypeError as exc:
    print("TypeError:", exc)


class BadStr:
    def __str__(self):
        return 42


try:
    str(BadStr())
except TypeError as exc:
    print("TypeError:", exc)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as exc:
    print("TypeError:", exc)


class LenBool:
    def __len__(self):
        return 3


print(bool(LenBool()), not LenBool())


class Recursive:
    def __init__(self):
        self.children = []

    def __repr__(self):
        return f"Recursive({self.children!r})"


r = Recursive()
r.children.append(r.children)
print(r)
lst = [1]
lst.append(lst)
dct = {"self": None}
dct["self"] = dct
print(lst, dct)
print(ascii("héllo"), repr("tab\there"), str(b"bytes"), repr(1.0), str(-0.0))


class StrSub(str):
    def __str__(self):
        return "overridden"


print(StrSub("base"), str(StrSub("base")), f"{StrSub('base')}", "%s" % StrSub("base"))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(True, ""))
