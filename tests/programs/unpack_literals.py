"""Star and double-star in displays: lists, tuples, sets, dicts, merge operators, print(*...)."""
a = [1, 2]
b = (3, 4)
s = {5}
print([*a, *b, *s, *"xy"], (*a, 0, *b), {*a, *a, 7}, [*range(3)])
print((*a,), [*[], *()], type((*a,)).__name__)
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, "b": "literal wins", "z": 0}, {"b": "first", **d1})
print(d1 | d2, d2 | d1)
d3 = dict(d1)
d3 |= d2
d3 |= [("z", 26)]
print(d3)
try:
    d1 | [("x", 1)]
except TypeError as exc:
    print("TypeError:", exc)
print(*a, *b, sep=", ")
print(*"abc", sep="|", end="!\n")
print(*[], "nothing before me")
print({**{}}, [*{}], {*()} == set())
nested = [*[*[1, 2], 3], *[4]]
print(nested)
matrix = [[1, 2], [3, 4]]
print([*zip(*matrix)], [*map(sum, matrix)])
print({**{i: i * i for i in range(3)}, **dict(x=1)})
keys = ["k1", "k2"]
print({**dict.fromkeys(keys), "k1": "set"})
print(max(*a, *b), min(*"zebra"))
try:
    [*5]
except TypeError as exc:
    print("TypeError:", exc)
try:
    {**[1]}
except TypeError as exc:
    print("TypeError:", exc)
