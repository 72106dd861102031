"""match on sequences: fixed length, star patterns, nesting, what counts as a sequence."""


def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one element {x!r}"
        case [x, y]:
            return f"pair {x!r},{y!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first!r}..{last!r} middle={middle}"
        case [0, *rest]:
            return f"starts with 0, rest={rest}"
        case [*init, "end"]:
            return f"ends with end, init={init}"
        case [[a, b], [c, d]]:
            return f"2x2 {a}{b}{c}{d}"
        case [_, _, _]:
            return "some triple"
        case _:
            return "not a sequence pattern"


for v in [[], [1], (1, 2), [1, 2, 3, 4, 5], [0, 9, 8], ["a", "end"], ([1, 2], [3, 4]),
          [1, 2, 3], "abc", b"ab", {"a": 1}, range(3), iter([1, 2]), bytearray(b"xy")]:
    shown = "<iterator>" if hasattr(v, "__next__") else repr(v)
    print(type(v).__name__, shown, "->", shape(v))


def points(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on y axis at {y}"
        case (x, 0):
            return f"on x axis at {x}"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y):
            return f"point {x},{y}"


print([points(p) for p in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 7)]])


def commands(text):
    match text.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case [cmd, *_]:
            return f"unknown command {cmd}"
        case []:
            return "silence"


for t in ["go north", "go", "go a b", "pick up lamp", "take key", "drop a b c", "drop", "dance", ""]:
    print(repr(t), "->", commands(t))

match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("deep", a + b + c + d)

match (1, 2, 3):
    case [1, *rest]:
        print("tuple matched list pattern, rest is list:", rest, type(rest).__name__)
