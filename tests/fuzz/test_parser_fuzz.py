"""Fuzzing the parser against the host: pvm.parse accepts exactly what ast.parse accepts,
with equal trees (positions included), and otherwise raises SyntaxError (or a subclass)
of the same class at the same line -- never anything else.

Five sources of input: random text over Python's characters (also in "eval" and "single"
modes), random bytes with some that are not UTF-8, random sequences of Python tokens,
programs put together from the grammar's constructs, and standard-library files cut or
mutated at random. Every input that ever failed is kept in tests/fuzz/corpus/ (written
there on failure) and replayed.
PVM_FUZZ_EXAMPLES scales the number of examples (default run: about 20 seconds).
"""
import ast
import hashlib
import os
import pathlib
import warnings

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import pvm.parser
from pvm.parser.driver import Parser
from tests.conftest import stdlib_files

CORPUS = pathlib.Path(__file__).parent / "corpus"
SCALE = float(os.environ.get("PVM_FUZZ_EXAMPLES", "1"))
SETTINGS = dict(deadline=None, database=None, suppress_health_check=list(HealthCheck))


def outcome(parse, source, mode="exec"):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return ("ok", ast.dump(parse(source, "<unknown>", mode), include_attributes=True))
        except SyntaxError as err:
            return ("error", type(err).__name__, err.lineno)
        except UnicodeDecodeError as err:
            # CPython lets it escape when only its scan after a parser error meets it.
            return ("error", type(err).__name__, str(err))
        except (MemoryError, RecursionError, ValueError, UnicodeError) as err:
            # Only the host may get here (pvm raises SyntaxError only).
            return ("rejected", type(err).__name__)


def check(source, mode="exec", fuzzing=True):
    """The invariant. A failing input is saved to the corpus (once hypothesis has shrunk
    it)."""
    expected = outcome(ast.parse, source, mode)
    misses = Parser.fast_pass_misses
    try:
        got = outcome(pvm.parser.parse, source, mode)
    except Exception as exc:                       # noqa: BLE001 - that is the bug
        got = ("crash", repr(exc))
    if expected[0] == "rejected":
        ok = got[0] == "error"
    else:
        ok = got == expected
    if Parser.fast_pass_misses != misses:
        # The first pass refused what the grammar accepts: its shortcuts are wrong.
        ok = False
        got = ("fast pass refused a program the grammar accepts",) + got
    if not ok and fuzzing and final_example():
        save(source, mode)
    assert ok, f"{mode} input {source!r}: pvm {got[:3]} host {expected[:3]}"


def final_example():
    """True while hypothesis replays the shrunk failing example (not while shrinking)."""
    try:
        from hypothesis.control import current_build_context
        return current_build_context().is_final
    except Exception:                              # noqa: BLE001 - outside hypothesis
        return True


def save(source, mode):
    """Corpus files are named by the hash of their bytes; the mode, when not "exec",
    comes first (`eval-...`, `single-...`); bytes inputs end in `.bin`."""
    if isinstance(source, bytes):
        data, suffix = source, ".bin"
    else:
        data, suffix = source.encode("utf-8", "surrogatepass"), ".py"
    CORPUS.mkdir(exist_ok=True)
    prefix = "" if mode == "exec" else mode + "-"
    path = CORPUS / (prefix + hashlib.sha1(data).hexdigest()[:16] + suffix)
    if not path.exists():
        path.write_bytes(data)


# -- random text ----------------------------------------------------------------

CHARS = "abcxyz_019 \t\n\\'\"#()[]{}:;,.+-*/%@&|^~<>=!$?é" + "\f\r"


@settings(max_examples=int(1500 * SCALE), **SETTINGS)
@given(st.text(alphabet=CHARS, max_size=40))
def test_random_text(source):
    check(source)


@settings(max_examples=int(800 * SCALE), **SETTINGS)
@given(st.text(alphabet=CHARS, max_size=40), st.sampled_from(["eval", "single"]))
def test_random_text_eval_single(source, mode):
    """Input without a supplied final newline: the end of the text as C's tokenizer
    meets it (no DEDENTs there, a last line of blanks measured, pegen's 'single' mode)."""
    check(source, mode)


# Source bytes with some that are not UTF-8: CPython reports them where it decodes them.
BYTES = st.lists(st.sampled_from([c.encode() for c in CHARS if c != "é"]
                                 + [b"\xc3\xa9", b"\xff", b"\xc3", b"\xe9", b"\xf0\x90\x80",
                                    b"\xed\xa0\x80"]),
                 max_size=30).map(b"".join)


@settings(max_examples=int(600 * SCALE), **SETTINGS)
@given(BYTES, st.sampled_from(["exec", "eval", "single"]))
def test_random_bytes(source, mode):
    check(source, mode)


# -- random token sequences ----------------------------------------------------------

TOKENS = (
    "x y f g _ match case type print None True False 0 1 1.5 2j 0x1f 'a' b'b' f'{x}' "
    "f'{x!r:>{y}}' u'u' ... ( ) [ ] { } : , ; . = == != < > <= >= + - * ** / // % @ "
    "& | ^ ~ << >> := -> += -= *= and or not in is if else elif for while with as def class "
    "return yield from import lambda try except finally raise del pass break continue global "
    "nonlocal assert async await * ** \n \n\t \n    \\\n"
).split(" ")


@settings(max_examples=int(1500 * SCALE), **SETTINGS)
@given(st.lists(st.sampled_from(TOKENS), max_size=25), st.sampled_from([" ", ""]),
       st.sampled_from(["exec", "exec", "eval", "single"]))
def test_random_tokens(tokens, glue, mode):
    check(glue.join(tokens), mode)


# -- programs built from the grammar's constructs ------------------------------------------

NAMES = st.sampled_from(["a", "b", "x", "_", "match", "case", "c", "f", "é"])
ATOMS = NAMES | st.sampled_from(["0", "1.5", "2j", "0x1f", "'s'", "b'b'", "f'{a}'", "f'{a!r:>{b}}'",
                                 "f'{a=}'", "'a' 'b'", "None", "True", "...", "()", "[]", "{}"])
OPERATORS = st.sampled_from(["+", "-", "*", "/", "//", "%", "@", "**", "<<", ">>", "&", "|", "^",
                             "and", "or", "<", ">", "==", "!=", "<=", ">=", "in", "not in", "is",
                             "is not"])


def expressions(children):
    def fmt(template):
        return lambda args: template.format(*args)
    two = st.tuples(children, children)
    three = st.tuples(children, children, children)
    return st.one_of(
        st.tuples(children, OPERATORS, children).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        st.tuples(st.sampled_from(["-", "+", "~", "not ", "await ", "*", "**"]), children).map("".join),
        three.map(fmt("{} if {} else {}")), children.map(fmt("lambda: {}")),
        two.map(fmt("lambda {}, *a, k={}: k")), children.map(fmt("({})")), two.map(fmt("({}, {})")),
        children.map(fmt("({},)")), two.map(fmt("[{}, *{}]")), three.map(fmt("{{{}: {}, **{}}}")),
        two.map(fmt("{{{}, {}}}")), three.map(fmt("[{} for a in {} if {}]")),
        two.map(fmt("({} for a, b in {})")), two.map(fmt("{{a: {} async for a in {}}}")),
        three.map(fmt("{}({}, *a, k={}, **b)")), children.map(fmt("{}.attr")),
        two.map(fmt("{}[{}]")), three.map(fmt("{}[{}:{}:]")), three.map(fmt("{}[{}, ::{}]")),
        children.map(fmt("(a := {})")), children.map(fmt("(yield {})")),
        children.map(fmt("f'{{{}}}'")), two.map(fmt("{}({} for a in b)")),
    )


EXPRESSIONS = st.recursive(ATOMS, expressions, max_leaves=6)


def statements(e):
    def fmt(template):
        return lambda args: template.format(*args)
    two = st.tuples(e, e)
    return st.one_of(
        e, two.map(fmt("{} = {}")), two.map(fmt("{} += {}")), two.map(fmt("{}: {} = a")),
        two.map(fmt("{}, *a = {}")), e.map(fmt("del {}")), e.map(fmt("return {}")),
        two.map(fmt("if {}:\n    {}\nelse:\n    pass")), two.map(fmt("for {} in {}: pass")),
        two.map(fmt("while {}: {}")), two.map(fmt("with {} as {}: pass")),
        two.map(fmt("try:\n    {}\nexcept {}:\n    pass")), e.map(fmt("assert {}, a")),
        two.map(fmt("def f(a, /, b={}, *c, d, **e) -> {}: pass")), e.map(fmt("@{}\nclass C: pass")),
        two.map(fmt("match {}:\n    case {}: pass")), e.map(fmt("raise {} from a")),
        e.map(fmt("async def f():\n    async with {} as a: pass")),
    )


@settings(max_examples=int(200 * SCALE), **SETTINGS)
@given(st.lists(statements(EXPRESSIONS), min_size=1, max_size=4))
def test_grammar_built_programs(stmts):
    check("\n".join(stmts) + "\n")


# -- stdlib files, cut and mutated -------------------------------------------------------

SMALL_FILES = [p for p in stdlib_files()[::7] if p.stat().st_size < 6000][:120]


def mutate(text, data):
    lines = text.split("\n")
    kind = data.draw(st.sampled_from(["truncate", "delete", "insert", "swap", "indent", "dup"]))
    if kind == "truncate":
        return text[:data.draw(st.integers(0, len(text)))]
    i = data.draw(st.integers(0, max(0, len(lines) - 1)))
    if kind == "delete":
        start = data.draw(st.integers(0, len(text)))
        return text[:start] + text[start + data.draw(st.integers(1, 20)):]
    if kind == "insert":
        at = data.draw(st.integers(0, len(text)))
        return text[:at] + data.draw(st.sampled_from(TOKENS)) + text[at:]
    if kind == "swap":
        j = data.draw(st.integers(0, max(0, len(lines) - 1)))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "indent":
        lines[i] = data.draw(st.sampled_from(["", " ", "\t", "        "])) + lines[i].lstrip()
    else:
        lines.insert(i, lines[i])
    return "\n".join(lines)


@settings(max_examples=int(400 * SCALE), **SETTINGS)
@given(st.sampled_from(SMALL_FILES), st.data())
def test_mutated_stdlib(path, data):
    text = path.read_text(encoding="utf-8", errors="replace")
    for _ in range(data.draw(st.integers(1, 3))):
        text = mutate(text, data)
    check(text)


# -- everything that ever failed ---------------------------------------------------------------

def corpus_cases():
    paths = sorted(CORPUS.glob("*.py")) + sorted(CORPUS.glob("*.bin"))
    return [pytest.param(path, id=path.name) for path in paths]


@pytest.mark.parametrize("path", corpus_cases())
def test_corpus(path):
    data = path.read_bytes()
    mode = path.name.split("-")[0] if path.name.startswith(("eval-", "single-")) else "exec"
    source = data if path.suffix == ".bin" else data.decode("utf-8", "surrogatepass")
    check(source, mode, fuzzing=False)
