"""match: literal, capture, wildcard, or-patterns, guards, and the order of case tests."""


def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as s if s.startswith("x"):
            return f"x-string {s}"
        case 2j:
            return "imaginary"
        case -3 + 4j:
            return "complex literal"
        case other:
            return f"something else: {other!r}"


for v in [0, 2, -1, 1.5, "hi", b"raw", True, False, None, 1000, "xyz", "abc", 2j, -3 + 4j, 1.0, [1]]:
    print(repr(v), "->", describe(v))


def wildcard(v):
    match v:
        case _:
            return "wildcard always matches"


print(wildcard(object()) == "wildcard always matches")

calls = []


def guard(tag, result):
    calls.append(tag)
    return result


match 5:
    case 5 if guard("first guard", False):
        print("not taken")
    case 5 if guard("second guard", True):
        print("second case taken")
    case _ if guard("never evaluated", True):
        pass
print(calls)

x = "outer"
match "captured":
    case x:
        pass
print("capture rebinds:", x)

match 42:
    case (1 | 42) as n:
        print("or-pattern with as:", n)

match "abc":
    case "ABC" | "abc" if False:
        print("no")
    case str(s) | bytes(s):
        print("alternatives binding the same name:", s)
