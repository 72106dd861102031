"""Lexical and syntactic odds and ends: continuations, semicolons, literals, prefixes."""
total = 1 + \
    2 + \
    3
values = [
    1, 2,
    3,  # trailing comma next
]
a = 1; b = 2; c = a + b
if c: print("one-line if", c)
while False: pass
for i in range(2): print("one-line for", i)
print(total, values, c)
print(1_000_000, 0x_FF, 0o17, 0b1010_1010, 1e3, 1E-3, .5, 5., 1_0.0_1, 3j, 1.5J, 0xAbC)
print("a" "b" 'c', b"x" b"y", r"\n" "\n" == "\\n\n", f"{1}" "2" rf"{3}\t")
print(u"unicode prefix", R"raw upper", Rb"\x", BR"\d", """triple "quotes" inside""", '''single''')
print("tab\tnewline\\n bell\a? oct\101 hex\x41 uni\u0041 \N{LATIN SMALL LETTER A}"[:20])
print(0 if not None else 1, not not 1, - - 2, + - + 1, ~~5, 2**-1, (-1) ** 0.5 if False else "skip")
x = y = z = "chain"
(p), [q] = 1, [2]
print(x, y, z, p, q)


def f(a, b=[], *args, c: int = 3, d, **kw) -> "ret": ...


print(f.__defaults__, f.__kwdefaults__, f(1, d=2))
lst = [1, 2, 3,]
tup = 1,
empty = ()
print(lst, tup, empty, {1: 2,}, {1,}, (1, *[2],), ...)
if True:
    pass
elif False:
    pass
else:
    pass
print("nested", ((((((1)))))), [[[[[]]]]], {"k": {"k": {"k": None}}}["k"]["k"])
print(type(lambda: (yield)).__name__, (lambda *, k=1: k)(), (lambda a, /: a)(5))


class Empty: ...


print(Empty.__name__, [(x, y) for x in range(2) for y in range(2) if x if y or True])
print(1 if 1 else 2 if 2 else 3, [1][0:][0], "abc"[::-1][0], (1, 2)[-1], {**{}, "z": 0})
match_ = "match"; case = "case"; _ = "underscore"; type_ = type
print(match_, case, _, type_(1).__name__)
match = {"soft": "keyword as a name"}
print(match["soft"])
