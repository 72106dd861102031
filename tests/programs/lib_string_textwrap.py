"""string and textwrap: Template, constants, capwords; wrap, fill, dedent, indent, shorten."""
import string
import textwrap

t = string.Template("$who likes ${what}s; cost: $$5")
print(t.substitute(who="Tim", what="apple"), t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as exc:
    print("KeyError:", exc)
print(string.ascii_lowercase, string.digits, string.punctuation[:10], len(string.printable))
print(string.capwords("hello   world  of python"), string.hexdigits, string.octdigits)
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump!")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50, placeholder=" [...]"))
block = """
    def f():
        return 1
    """
print(repr(textwrap.dedent(block)))
print(textwrap.indent("line one\n\nline three", "> "))
print(textwrap.indent("a\nb", "+ ", predicate=lambda line: line.startswith("b")))
wrapper = textwrap.TextWrapper(width=20, break_long_words=True, max_lines=3, placeholder="…")
print(wrapper.wrap("supercalifragilisticexpialidocious is a very long word indeed"))
print(textwrap.wrap("tabs\there", width=10, expand_tabs=True, tabsize=4))


class Brace(string.Template):
    delimiter = "%"


print(Brace("%name is %{age}y").substitute(name="Bo", age=3))
fmt = string.Formatter()
print(fmt.format("{0:>5}|{x}", "r", x=1), fmt.vformat("{a}", (), {"a": "v"}))
