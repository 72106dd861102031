"""Assorted builtins: min/max/sum/any/all/zip/enumerate/reversed/sorted/map/filter/round/etc."""
print(min(3, 1, 2), max([1, 5, 3]), min("abc", key=ord), max([], default="empty"),
      min([(2, "b"), (1, "z")]), max({"a": 3, "b": 1}, key=lambda k: -ord(k)))
try:
    max([])
except ValueError as exc:
    print("ValueError:", exc)
print(sum([1, 2, 3]), sum([[1], [2]], []), sum((0.1 for _ in range(3)), 10), sum([], 5))
try:
    sum(["a", "b"], "")
except TypeError as exc:
    print("TypeError:", exc)
print(list(zip("abc", range(5))), list(zip()), list(zip([1, 2], strict=True) if True else []))
print(list(enumerate("ab", start=10)), list(reversed(range(3))), list(reversed("xyz")))
print(sorted("hello", reverse=True), sorted({3: "a", 1: "b"}), sorted([-3, 2, -1], key=abs))
print(list(map(pow, [2, 3], [3, 2])), list(filter(str.isdigit, "a1b2")), list(map(str, [1, 2])))
print(abs(-3.5), abs(-2), round(3.14159, 2), round(2.5), round(-0.5), divmod(-7, 3), pow(2, 5))
print(chr(65), ord("A"), bin(5), oct(64), hex(4096), ascii("ñ"), repr([1, "2"]), format(0.5, "%"))
print(isinstance(1, (str, int)), isinstance(True, int), issubclass(bool, (int, str)),
      isinstance(None, type(None)), isinstance([], list | dict))
print(callable(len), callable(1), hasattr([], "append"), getattr([], "nope", "dflt"))
print(len("abc"), len([1, 2]), len({"a": 1}), len(range(10)), len(b"xy"), len(set("aab")))
print(all([]), any([]), all(x > 0 for x in [1, 2]), any(x > 1 for x in [1, 2]))
print(int(), float(), str(), list(), dict(), tuple(), set(), bool(), complex(), bytes())
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, ... is Ellipsis)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "end"))
print(hash("same") == hash("same"), hash(1) == hash(1.0), id(it) == id(it))
print(divmod(10, 3), pow(10, 2, 7), round(123.456, -1), round(-1.25, 1), min(1, 1.0), max(1.0, 1))
print(sorted([True, False, 1, 0]), max(True, 2), list(map(lambda x, y: x + y, "ab", "cd")))
print(vars(type("T", (), {"x": 1}))["x"], dir(object())[:3], type(print).__name__)
print(slice(3), slice(1, 2), frozenset([1]), memoryview(b"a").tobytes(), bytearray(2))
print(open.__name__, print.__name__, __name__, __doc__, __builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict")
print(globals()["__name__"], "__file__" in globals(), __file__.endswith("builtins_misc.py"))
print(eval("1 + 2"), int.__name__, str.__mro__, object.__subclasses__.__name__)
