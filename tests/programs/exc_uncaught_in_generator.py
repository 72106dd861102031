"""An uncaught exception raised inside a generator while a for loop consumes it."""


def readings():
    yield 10
    yield 20
    raise OSError("sensor disconnected")


for value in readings():
    print("reading", value)
