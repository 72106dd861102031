print("circular.b: start")
from . import a

print("circular.b: a is partially initialised, has VALUE_A:", hasattr(a, "VALUE_A"))
VALUE_B = "value from b"


def read_a():
    return a.VALUE_A


print("circular.b: end")
