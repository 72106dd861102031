"""Constant folding gives the constants the host's ast_opt.c gives."""
import pytest

from tests.compiler.support import host_compile, pvm_compile

CASES = [
    "x = 2 ** 10", "x = 2 ** 200", "x = 1 << 100", "x = 1 << 200", "x = 'ab' * 3",
    "x = 'a' * 5000", "x = (1, 2) * 100", "x = (1, 2) * 200", "x = (1, 2) + (3,)",
    "x = -5", "x = ~5", "x = not 1", "x = +(-0.0)", "x = 1 / 0", "x = 1 // 3 + 2 % 5",
    "x = 'abc'[1]", "x = 'abc'[5]", "x = (1, 2, 3)[1:]", "x = b'ab' + b'c'",
    "for i in [1, 2, 3]: pass", "for i in {1, 2}: pass", "for i in [a, b]: pass",
    "x = a in [1, 2]", "x = a not in {1, 2}", "x = a in [b, c]", "x = not a in b",
    "x = not a is b", "x = not a == b", "x = __debug__", "x = 'a %s b %r' % (c, d)",
    "x = '%d' % (c,)", "x = '%5.2s|%-3s' % (c, d)", "x = '%s' % (c, d)",
    "x = 2.5 * 4", "x = 1j * 1j", "x = [x for x in [1, 2]]", "x = (1, (2, 3), -4)",
    "x = 'a' 'b'", "x = 3 - 5 * (2 ** 3)", "x = 10 ** -2", "x = 'x' % ()",
    "match v:\n    case -1: pass\n    case 1 + 2j: pass\n",
]


def _plain(code):
    out = []
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            out.append(_plain(const))
        else:
            out.append(repr(const))
    return out


@pytest.mark.parametrize("source", CASES)
def test_constants_like_host(source):
    assert _plain(pvm_compile(source + "\n")) == _plain(host_compile(source + "\n"))


def test_optimize_folds_debug():
    assert _plain(pvm_compile("x = __debug__\n", optimize=1)) == \
        _plain(host_compile("x = __debug__\n", optimize=1))


def test_folded_string_is_no_docstring():
    code = pvm_compile("def f():\n    'a' + 'b'\n    return 1\n").co_consts[0]
    assert code.co_consts[0] is None
