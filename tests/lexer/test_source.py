"""pvm.source: decoding as compile() does, detect_encoding as tokenize does, source lines."""
import io
import tokenize
import warnings

import pytest

from pvm.source import decode_source, detect_encoding, source_line, source_lines

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
def test_decode_source_like_compile(data):
    expected = compiled(data)
    try:
        text = decode_source(data, "f.py")
    except SyntaxError as e:
        assert ("error", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text) == expected
        return
    assert expected[0] == "ok", expected
    assert compiled(text) == expected
    assert "\r" not in text


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
