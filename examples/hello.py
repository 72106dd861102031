"""A first program for pvm: run it with `pvm examples/hello.py`."""


def greet(name):
    return f"Hello, {name}!"


squares = [n * n for n in range(10)]
print(greet("pvm"))
print("squares:", squares, "sum:", sum(squares))
