"""Boolean operators return operands, short-circuiting, conditional expressions, chains, truth."""
log = []


def t(v, tag):
    log.append(tag)
    return v


print(0 or "default", "" or [] or None, 1 and "last", 0 and 1/0, None or 0)
print(t(0, "a") and t(1, "b"), log)
log.clear()
print(t(1, "a") or t(2, "b"), log)
log.clear()
print(t(1, "a") and t(0, "b") or t(3, "c"), log)
log.clear()
print(t(1, "x") < t(2, "y") < t(0, "z") < t(9, "never"), log)
print(not 0, not [], not [0], not "", not " ", not None, not 0.0, not 0j, not set())
print("yes" if [] else "no", "a" if 0 else "b" if 1 else "c")
one = 1
print(1 == 1.0 == True, one is not None, "a" in "abc" in ["abc"], 2 not in [1, 3])
x = 5
print(0 < x < 10, 0 < x > 4, x == 5 != 6, (0 < x) < 10)
print([] is [], None is None, (1, 2) == (1, 2), [] == [], {} == dict())


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        log.append(f"bool({self.v})")
        return bool(self.v)

    def __repr__(self):
        return f"T({self.v})"


log.clear()
print(Truthy(0) or Truthy(1), log)
log.clear()
print(Truthy(1) and Truthy(0) and Truthy(2), log)
log.clear()
r = Truthy(0) if Truthy(1) else Truthy(2)
print(r, log)
log.clear()
if Truthy(1) and not Truthy(0):
    print("if with and/not", log)
print(all([]), any([]), all([1, 0]), any([0, 0.0, "", 1]))
print(True + True, True * 10, False - 1, sum([True, True, False]), int(True), True / 2)
print(bool(0.0), bool(-1), bool("False"), bool(b""), bool(range(0)), bool(...))
