"""Value patterns (dotted names, enums, constants), as-patterns, groups, and binding rules."""
import enum


class Color(enum.Enum):
    RED = "r"
    GREEN = "g"


class Limits:
    LOW = 10
    HIGH = 100


def classify(v):
    match v:
        case Color.RED:
            return "red enum"
        case Color.GREEN as c:
            return f"green enum {c.value}"
        case Limits.LOW:
            return "exactly low"
        case Limits.HIGH:
            return "exactly high"
        case (int() | float()) as num if Limits.LOW < num < Limits.HIGH:
            return f"in range {num}"
        case [Color() as first, *_] as whole:
            return f"list of colors starting {first.name}, length {len(whole)}"
        case ((1 | 2) as small, (3 | 4) as big):
            return f"grouped or-patterns {small} {big}"
        case _:
            return "no match"


for v in [Color.RED, Color.GREEN, 10, 100, 50, 50.5, 5, [Color.GREEN, Color.RED], (2, 4), (2, 5), "r"]:
    print(repr(v), "->", classify(v))

# Matching uses == for values: 1.0 == 1 and True == 1.
for v in [1, 1.0, True]:
    match v:
        case 1:
            print(repr(v), "matched literal 1")

# Literal None, True, False use identity.
for v in [0, False, None]:
    match v:
        case False:
            print(repr(v), "matched False")
        case None:
            print(repr(v), "matched None")
        case _:
            print(repr(v), "no identity match")

match 3:
    case 1:
        bound = "one"
    case n:
        bound = f"n={n}"
print(bound, n)

match [1, 2]:
    case [a, b] if a > b:
        pass
    case _:
        print("guard failed but names bound by the pattern leak:", a, b)
