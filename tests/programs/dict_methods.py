"""dict: ordering, views, get/setdefault/pop/popitem/update, comprehension, mutation errors."""
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("missing", "dflt"), d.popitem(), d)
try:
    d.pop("missing")
except KeyError as exc:
    print("KeyError:", exc)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, len(d), "x" in d, 1 in d, 1 in d.values())
keys = d.keys()
d["new"] = 0
print(keys, keys & {"x", "nope"}, keys - {"x"} == set(d) - {"x"}, d.items() >= {("x", 1)})
print(dict(a=1, b=2), dict([("k", "v")]), dict.fromkeys("ab"), dict(zip("xy", [1, 2])))
print({1: "a"} == {1.0: "a"}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list(reversed(d)))
try:
    for k in d:
        d["added during"] = 1
except RuntimeError as exc:
    print("RuntimeError:", exc)
try:
    for k in d:
        del d[k]
except RuntimeError as exc:
    print("RuntimeError:", exc)
c = d.copy()
c.clear()
print(c, len(d) > 0)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
del counts["m"]
counts["m"] = 1
print(list(counts))
print({(1, 2): "tuple key", None: "none key", frozenset({1}): "fs"}[(1, 2)])
print(repr({}), str({"q": [1, {"n": None}]}), {**{"a": 1}}.items())
try:
    {}.fromkeys([[]])
except TypeError as exc:
    print("TypeError:", exc)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].keys())
d2 = dict.fromkeys(range(5), 0)
for k in list(d2):
    if k % 2:
        del d2[k]
print(d2, d2.keys().isdisjoint({1, 3}), type(d2.values()).__name__)
