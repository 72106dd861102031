"""An exception raised while handling another: 'During handling of the above exception...'."""


def cleanup():
    raise RuntimeError("cleanup failed too")


try:
    [1, 2, 3][10]
except IndexError:
    print("handling IndexError")
    cleanup()
