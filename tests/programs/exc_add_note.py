"""PEP 678 notes: add_note, __notes__, notes surviving re-raise, type checks."""
try:
    try:
        raise ValueError("bad value")
    except ValueError as exc:
        exc.add_note("while parsing line 3")
        exc.add_note("in file config.ini")
        raise
except ValueError as exc:
    print(exc, exc.__notes__)

e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(42)
except TypeError as exc:
    print("TypeError:", exc)
e.__notes__ = ["manual"]
e.add_note("appended")
print(e.__notes__)
eg = ExceptionGroup("group", [ValueError("one")])
eg.exceptions[0].add_note("note on member")
print(eg.exceptions[0].__notes__)
