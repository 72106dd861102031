"""Parser stage: tokens -> AST, the second stage of pvm's front end.

`parse(source, filename, mode)` consumes program text (str, or bytes decoded by
`pvm.source.decode_source`), asks the lexer for its tokens (`pvm.lexer.tokens_for_parser`)
and produces a tree of the host `ast` module's node classes identical to what
`ast.parse` produces -- every node, field and position (UTF-8 byte columns) -- or
raises the SyntaxError (IndentationError, TabError) CPython raises, with its message
and location. The host's parser is never called.

The parser is a hand-written PEG parser following CPython 3.11's Grammar/python.gram,
one method per grammar rule, in these modules:

    core.py         tokens, positions, memo tables, error helpers (pegen.c, pegen_errors.c)
    driver.py       the driver: the fast pass, the error passes, where errors point
    statements.py   start rules, simple and compound statements
    expressions.py  expressions, atoms, comprehensions, call arguments, lambda
    targets.py      assignment and del targets
    params.py       def and lambda parameters
    patterns.py     the match statement
    invalid.py      the invalid_ rules of the error pass
    strings.py      string literals and f-strings (the strings module)
    listing.py      `pvm --ast`, like `python3 -m ast`
"""

import os

__all__ = ["parse"]

MODES = ("exec", "eval", "single", "func_type")

# The compile() flags the parser reads (Include/cpython/compile.h, code.h).
PyCF_DONT_IMPLY_DEDENT = 0x0200
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
CO_FUTURE_BARRY_AS_BDFL = 0x400000


def lex(text, filename, exec_input=True, type_comments=False):
    """The lexer's token list for the parser (see pvm.lexer.tokens_for_parser); like
    CPython, only "exec" input gets a missing final newline supplied."""
    from pvm.lexer import tokens_for_parser
    return tokens_for_parser(text, filename, exec_input, type_comments)


def split_type_ignores(tokens):
    """The tokens without TYPE_IGNOREs, and (lineno, tag) of each: pegen records them
    as it fetches tokens (_PyPegen_fill_token) and the grammar never sees them."""
    from pvm.lexer.tokens import TYPE_IGNORE
    ignores = [(t[2][0], t[1]) for t in tokens if t[0] == TYPE_IGNORE]
    if not ignores:
        return tokens, ()
    return [t for t in tokens if t[0] != TYPE_IGNORE], ignores


def parse(source, filename="<unknown>", mode="exec", *, type_comments=False,
          feature_version=None, flags=0):
    """Parse `source` into an AST of host `ast` nodes, exactly as `ast.parse` does.

    `mode` is "exec" (Module), "eval" (Expression), "single" (Interactive) or
    "func_type" (FunctionType). `feature_version` (a (3, minor) tuple or a minor
    number) makes newer syntax an error, as in ast.parse. `type_comments` fills the
    nodes' type_comment fields and Module.type_ignores (PyCF_TYPE_COMMENTS); a type
    comment where the grammar has none is then a SyntaxError, as in CPython. `flags`
    takes compile()'s flags: PyCF_TYPE_COMMENTS (as type_comments) and
    CO_FUTURE_BARRY_AS_BDFL (`<>` instead of `!=`, pegen's PyPARSE_BARRY_AS_BDFL),
    PyCF_ALLOW_INCOMPLETE_INPUT (input that fails only because it ends too early is
    `SyntaxError("incomplete input")`, what codeop asks for) and PyCF_DONT_IMPLY_DEDENT
    ('single' input ending inside a block gets no closing DEDENTs).
    """
    from pvm.parser.driver import Parser
    type_comments = type_comments or bool(flags & PyCF_TYPE_COMMENTS)
    if mode not in MODES:
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    filename = os.fsdecode(filename)
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        feature_version = minor
    byte_offsets = False
    if isinstance(source, (bytes, bytearray, memoryview)):
        from pvm.source import decode_for_compiler
        text, encoding = decode_for_compiler(bytes(source), filename)
        # CPython's tokenizer knows no encoding for undeclared bytes (tok->encoding
        # is NULL), and then leaves error offsets in bytes.
        byte_offsets = encoding is None
    else:
        text = source
        check_encodable(text, filename)
    if "\0" in text:
        raise SyntaxError("source code string cannot contain null bytes")
    tokens = lex(text, filename, mode == "exec", type_comments)
    ignores = ()
    if type_comments:
        tokens, ignores = split_type_ignores(tokens)
    parser = Parser(tokens, text, filename, mode, feature_version,
                    imply_dedent=not flags & PyCF_DONT_IMPLY_DEDENT)
    parser.allow_incomplete = bool(flags & PyCF_ALLOW_INCOMPLETE_INPUT)
    parser.byte_offsets = byte_offsets
    parser.type_ignores = ignores
    parser.barry_as_flufl = bool(flags & CO_FUTURE_BARRY_AS_BDFL)
    return parser.run()


def check_encodable(text, filename):
    """CPython hands the parser UTF-8: a str with lone surrogates cannot be parsed."""
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        raise SyntaxError(f"(unicode error) {err}", (filename, 0, 0, None, 0, 0)) from None
