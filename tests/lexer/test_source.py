"""pvm.source: decoding as compile() does (undecodable UTF-8 included), detect_encoding as
tokenize does, source lines."""
import ast
import importlib.util
import io
import tokenize
import warnings

import pytest

import pvm.parser
from pvm.source import decode_for_compiler, decode_source, detect_encoding, source_line, \
    source_lines

DATA = [
    b"x = 1\n", b"\xef\xbb\xbfx = 1\n", b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
    b"#!/usr/bin/python\n# vim:fileencoding=latin-1\nx='\xe9'\n", b"#coding:latin-1\nx=1\n",
    b"# \xe9 coding: latin-1\nx=1\n", b"x\n# coding: latin-1\nx=1\n", b"x=1\n# coding: foo\n",
    b"\xef\xbb\xbf# coding: utf-8\n", b"# coding: utf_8\nx='\xc3\xa9'\n",
    b"# coding: foo\n", b"\xef\xbb\xbf# coding: latin-1\n", b"\xef\xbb\xbf# coding: utf8\n",
    b"# coding: ascii\nx = '\xe9'\n", b"# coding: rot13\nx = 1\n", b"# coding: utf-16\nx = 1\n",
    b"x = \xff\n", b"\n\n# coding: latin-1\nx = \xe9\n", b"\xef\xbb\xbfx = \xff\n",
    b"\xe9\n# coding: latin-1\nx=1\n", b"x = 1\r\ny = 2\r", b"# coding: cp1252\nx = '\x80'\n",
]


def compiled(data):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            code = compile(data, "f.py", "exec")
        except SyntaxError as e:
            return ("error", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
    return ("ok", code.co_consts)


@pytest.mark.parametrize("data", DATA, ids=repr)
def test_decoding_like_compile(data):
    """Bytes through pvm.source and the parser fail as compile() fails (class, message,
    position, text); else decode_source gives a text that compiles to the same."""
    expected = compiled(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pvm.parser.parse(data, "f.py")
    except SyntaxError as e:
        assert ("error", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text) == expected
        return
    assert expected[0] == "ok", expected
    text = decode_source(data, "f.py")
    assert compiled(text) == expected
    assert "\r" not in text
    raw, _ = decode_for_compiler(data, "f.py")
    assert raw.replace("\r\n", "\n").replace("\r", "\n") == text


@pytest.mark.parametrize("data", [b"x = 1\n\n'\xff'\n", b"# coding: utf-8\n\xe9\n",
                                  b"x = 1\n\n\xc3"], ids=repr)
def test_decode_source_strict_like_importlib(data):
    with pytest.raises(UnicodeDecodeError) as host:
        importlib.util.decode_source(data)
    with pytest.raises(UnicodeDecodeError) as ours:
        decode_source(data)
    assert str(ours.value) == str(host.value)


UNDECODABLE = [
    b'x = "\xff"\n', b"x = 1\n\xff\n", b"\xff", b"x\xff = 1\n", b"# \xff\n", b"x = 1 # \xff\n",
    b'"""\n\xff"""\n', b'x = b"\xff"\n', b"\xe9t\xe9 = 1\n", b'x = "\xc3"\n', b'x = "\xc3\xa9\xff"\n',
    b"x = 1\ny = 2 + \xe9\n", b'f"{\xff}"\n', b"x = (\n\xff)\n", b"x = 1; \xff\n",
    b'\xef\xbb\xbfx = "\xff"\n', b'# coding: utf-8\nx = "\xff"\n', b'x = "\xed\xa0\x80"\n',
    b'x = "\xf4\x90\x80\x80"\n', b"x = 1 +\n\xff", b"if 1:\n  \xff\n", b'x = "ab\xffcd" + 1 1\n',
    b'1 1\nx = "\xff"\n', b"\xc3", b'x = "a\\n\xff"\n', b'x = "a\\n\xc3\xa9\xff"\n', b'x = r"a\xff"\n',
    b'x = f"a\xff"\n', b'x = f"a\\n\xff{1}"\n', b'x = rf"a\xff{1}"\n', b'x = "\xff" + "\xfe"\n',
    b'# coding: utf-8\nimport "\xff"\n', b'import "\xff"\n', b'x = ("\xff"\n)', b'x = "\\\xff"\n',
    b'x = "\xff\\x"\n', b"x = 1 +\\\n\xff", b'"\xff', b'x = "\xff\n', b"'\xc3\xa9' 0777\n",
    b'"\xff" 0777\n', b'"\xf0\x90\x80" "abc\n', b'"\xf0\x90\x80" 1abc\n', b'"\xf0\x90\x80" \\ 1\n',
    b'"\xf0\x90\x80" + \xf0\x90\x80a\n', b'"\xf0\x90\x80" $ 1\n', b'if 1:\n "\xf0\x90\x80"\n   x\n',
    b"if 1:\r\n", b"(\r\n", b"x = 1\r\n\xff\r\n",
]


def outcome(parse, data, mode):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parse(data, "<bytes>", mode)
        except SyntaxError as e:
            return (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
        except UnicodeDecodeError as e:
            return ("UnicodeDecodeError", str(e))
    return "ok"


@pytest.mark.parametrize("mode", ["exec", "eval"])
@pytest.mark.parametrize("data", UNDECODABLE, ids=repr)
def test_undecodable_utf8_where_cpython_meets_it(data, mode):
    """CPython decodes UTF-8 source token by token: a bad byte in a name is the
    tokenizer's `(unicode error)` (or the UnicodeDecodeError itself when only the scan
    after a parser error meets it), in a literal the string parser's, in a comment
    nothing; positions in bytes without a declaration."""
    assert outcome(pvm.parser.parse, data, mode) == outcome(ast.parse, data, mode)
@pytest.mark.parametrize("data", DATA, ids=repr)
def test_detect_encoding_like_tokenize(data):
    for name in (None, "x.py"):
        def reader():
            stream = io.BytesIO(data)
            if name:
                stream.name = name
            return stream.readline
        try:
            expected = tokenize.detect_encoding(reader())
        except SyntaxError as e:
            with pytest.raises(SyntaxError) as info:
                detect_encoding(reader())
            assert str(info.value) == str(e)
            continue
        assert detect_encoding(reader()) == expected


def test_detect_encoding_takes_bytes():
    assert detect_encoding(b"# coding: latin-1\n") == ("iso-8859-1", [b"# coding: latin-1\n"])


def test_source_lines():
    text = "a\nb\n\nc"
    assert source_lines(text) == ["a\n", "b\n", "\n", "c"]
    assert source_lines(text) == io.StringIO(text).readlines()
    assert [source_line(text, n) for n in range(1, 6)] == ["a\n", "b\n", "\n", "c", ""]
