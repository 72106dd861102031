"""Messages of built-in exceptions raised by the runtime for everyday mistakes."""
import math

nothing, five = None, 5

cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0),
    lambda: 0 ** -1, lambda: [][0], lambda: (1,)[5], lambda: "abc"[10], lambda: {}["k"],
    lambda: {}[("t", 1)], lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: "a" * "b",
    lambda: nothing(), lambda: five(), lambda: five[0], lambda: len(5), lambda: int("12x"),
    lambda: int("5", 2), lambda: float("abc"), lambda: [].pop(), lambda: {}.popitem(),
    lambda: [1].remove(2), lambda: "abc".index("z"), lambda: [1, 2].index(3), lambda: set().pop(),
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: chr(-1), lambda: ord("ab"),
    lambda: 2.0 ** 10000, lambda: math.exp(1000), lambda: int(float("inf")),
    lambda: int(float("nan")), lambda: "x".encode("nope"), lambda: b"\xff".decode("utf-8"),
    lambda: "é".encode("ascii"), lambda: range(1, 2, 0), lambda: [1, 2, 3][::0],
    lambda: tuple(1), lambda: sorted([1, "a"]), lambda: {}.update(1), lambda: dict([1]),
    lambda: frozenset().add(1), lambda: "a".join([1]), lambda: sum(["a"]), lambda: abs("x"),
    lambda: round("x"), lambda: hash([]), lambda: iter(None), lambda: next(iter([])),
    lambda: object().__init__(1), lambda: list.append(1, 2), lambda: str.upper(1),
    lambda: "{}{}".format(1), lambda: "{x}".format(), lambda: "%d" % "a", lambda: "%s %s" % (1,),
    lambda: bytes(-1), lambda: bytearray(b"a")[5], lambda: memoryview(b"ab")[9],
    lambda: (lambda: (yield))().send(1), lambda: isinstance(1, 1), lambda: issubclass(1, int),
    lambda: getattr(1, "nope"), lambda: setattr(1, "x", 2), lambda: type("x"),
    lambda: int.__new__(str), lambda: [1, 2, 3][1:2:0], lambda: complex("1+"),
    lambda: pow(2, -1, 5) and pow(2, 3, 0), lambda: 10 ** 5000 / 1.0 if False else float(10 ** 400),
]
for i, case in enumerate(cases):
    try:
        result = case()
    except Exception as exc:
        print(f"{i:2} {type(exc).__name__}: {exc}")
    else:
        print(f"{i:2} no error: {result!r}")
