"""Positional and keyword arguments, defaults, and the shared mutable default."""


def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


print(greet("Ada"))
print(greet("Ada", "Hi"))
print(greet("Ada", punctuation="?"))
print(greet(greeting="Yo", name="Bob"))
print(greet("Cy", "Hey", "."))


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))


def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_safe(1), append_safe(2))


def many(a, b=2, *rest, c, d=4, **kw):
    return (a, b, rest, c, d, sorted(kw.items()))


print(many(1, c=3))
print(many(1, 2, 3, 4, 5, c=6, e=7, f=8))
print(many(a=1, c=3, d=5, z=0))


def count_calls():
    calls = 0

    def inner(x, y=10):
        nonlocal calls
        calls += 1
        return x + y + calls
    return inner


f = count_calls()
print([f(i) for i in range(4)], f(1, y=100))

# Keyword arguments are evaluated left to right, before the call.
order = []


def note(tag, value):
    order.append(tag)
    return value


print(greet(note("a", "Z"), punctuation=note("c", "."), greeting=note("b", "Hey")))
print(order)
