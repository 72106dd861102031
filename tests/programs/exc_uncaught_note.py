"""An uncaught exception with notes: the notes are the last lines of stderr."""


def process(line_no, text):
    try:
        return float(text)
    except ValueError as exc:
        exc.add_note(f"while reading line {line_no}")
        raise


print(process(1, "2.5"))
process(2, "abc")
