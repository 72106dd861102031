"""Assignment expressions: in if/while, comprehensions, nested scopes, evaluation order."""
import re

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"long list ({n} items)")
lines = iter(["first", "second", "", "ignored"])
while (line := next(lines)):
    print("line:", line)
if m := re.match(r"(\w+)@(\w+)", "user@host"):
    print(m.group(1), m.group(2))
print([y for x in data if (y := x * 2) > 10], y)
print((a := 1, b := a + 1), a, b)
print([(last := v) for v in "xyz"], last)


def scope():
    total = 0
    [total := total + v for v in range(4)]
    return total


print(scope())


def nested():
    def inner():
        return [(found := v) for v in range(3) if v > 0], found
    return inner()


print(nested())
values = {"a": 1}
print(values.get("a") if (k := "a") in values else None, k)
print(f"{(z := 10)} {z * 2}")
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
print(stack, top)
print([fn := (lambda: "lambda value"), fn()][1])
count = 0


def tick():
    global count
    count += 1
    return count


print([t for _ in range(5) if (t := tick()) % 2], count)
