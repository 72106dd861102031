print("circular.a: start")
from . import b

VALUE_A = "value from a"


def use_b():
    return b.VALUE_B + " / " + b.read_a()


print("circular.a: end")
