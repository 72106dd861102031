"""json: dumps options, loads, custom encoders and object hooks, errors with positions."""
import json
from decimal import Decimal

data = {"name": "pvm", "tags": ["a", "b"], "nested": {"x": 1.5, "y": None, "z": True},
        "unicode": "é✓", "empty": [], "num": 10 ** 20}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=True)[:60])
print(json.dumps([1, "two", None, True, 3.0, -0.0, 1e100]), json.dumps("quote\"and\\slash\n"))
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\u00e9", "d": 1e3, "e": -0}'))
print(json.loads("[]"), json.loads('"s"'), json.loads("3.25"), json.loads(" true "))
print(json.loads('{"a": 1, "a": 2}'), json.loads("NaN"), json.dumps(float("inf")))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Encoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, Point):
            return {"__point__": [obj.x, obj.y]}
        if isinstance(obj, set):
            return sorted(obj)
        return super().default(obj)


text = json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, cls=Encoder)
print(text)


def hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


back = json.loads(text, object_hook=hook)
print(type(back["p"]).__name__, back["p"].x, back["s"])
print(json.loads("1.1", parse_float=Decimal), json.loads('{"k": 1}', object_pairs_hook=list))
print(json.dumps({"d": Decimal("1.5")}, default=str), json.dumps({1: "int key", None: "n"}))
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "tru", '"unterminated', "[1]x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as exc:
        print(repr(bad), "->", exc.msg, exc.lineno, exc.colno, exc.pos)
try:
    json.dumps(Point(0, 0))
except TypeError as exc:
    print("TypeError:", exc)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as exc:
    print("TypeError:", exc)
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as exc:
    print("ValueError:", exc)
print(json.dumps({"b": 1, "a": [{"d": 2, "c": 3}]}, sort_keys=True, indent="\t"))
