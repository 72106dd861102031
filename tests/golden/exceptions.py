def risky(path):
    try:
        handle = open(path)
    except FileNotFoundError as err:
        print("missing", err)
        return None
    except (PermissionError, IsADirectoryError):
        raise
    else:
        print("opened")
    finally:
        print("done")
    with handle as f, open(path) as g:
        return f.read() + g.read()


def loop(items):
    for item in items:
        try:
            if item:
                break
        finally:
            continue


def groups():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        print(e)
    except* TypeError:
        pass
