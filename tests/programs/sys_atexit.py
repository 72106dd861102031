"""atexit handlers run in reverse order of registration, with their arguments, after main code."""
import atexit


def goodbye(name, punctuation="."):
    print(f"goodbye {name}{punctuation}")


atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punctuation="!")


@atexit.register
def decorated():
    print("decorated handler")


def removed():
    print("never runs")


atexit.register(removed)
atexit.unregister(removed)
print("main code finished")
