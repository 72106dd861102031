"""pvm's .pyc format: round trips, headers, and refusal of bad files."""
import math

import pytest

from pvm.bytecode import pyc
from pvm.bytecode.opcodes import table_fingerprint
from tests.compiler.support import pvm_compile

SOURCE = ("'''doc'''\nimport os\nx = (1, 2.5, -3, 10**40, -10**40, 1j, b'b', 's\\udcff', None,"
          " ..., True, False, frozenset({1, 2}))\n"
          "async def f(a, *b, c=1, **d):\n    return [y async for y in a] if a else lambda: c\n"
          "class C:\n    def m(self): return super().m()\n")


def test_round_trip_equal_code():
    code = pvm_compile(SOURCE)
    assert pyc.loads(pyc.dumps(code)) == code


@pytest.mark.parametrize("value", [0, 1, -1, 2**70, -2**70, 0.0, -0.0, math.inf, 1e-300,
                                   complex(-0.0, 2), "", "é", "\udc80", b"\x00", (), (1, (2,)),
                                   frozenset(), frozenset({"a"}), None, Ellipsis, True])
def test_constants_round_trip(value):
    back = pyc.loads(pyc.dumps(value))
    assert type(back) is type(value)
    assert repr(back) == repr(value)


def test_nan_round_trip():
    assert math.isnan(pyc.loads(pyc.dumps(math.nan)))


def test_timestamp_header():
    code = pvm_compile("x = 1\n")
    data = pyc.pack_timestamp_pyc(code, 1234, 56)
    header, back = pyc.read_pyc(data)
    assert (header.hash_based, header.mtime, header.size) == (False, 1234, 56)
    assert back == code


@pytest.mark.parametrize("checked", [True, False])
def test_hash_header(checked):
    code = pvm_compile("x = 1\n")
    data = pyc.pack_hash_pyc(code, pyc.source_hash(b"x = 1\n"), checked)
    header, _ = pyc.read_pyc(data)
    assert header.hash_based and header.check_source == checked
    assert header.source_hash == pyc.source_hash(b"x = 1\n")


def test_magic_derives_from_the_table():
    assert pyc.MAGIC.endswith(b"\r\n") and len(pyc.MAGIC) == 4
    assert table_fingerprint()   # the magic is a digest of it plus FORMAT_VERSION


@pytest.mark.parametrize("damage", ["truncate_header", "truncate_body", "magic", "flags",
                                    "garbage", "trailing"])
def test_bad_files_raise_pycerror(damage):
    data = bytearray(pyc.pack_timestamp_pyc(pvm_compile(SOURCE), 0, 0))
    if damage == "truncate_header":
        data = data[:10]
    elif damage == "truncate_body":
        data = data[:len(data) // 2]
    elif damage == "magic":
        data[0] ^= 0xFF
    elif damage == "flags":
        data[4] = 0x80
    elif damage == "garbage":
        data[20:40] = b"\xff" * 20
    else:
        data += b"x"
    with pytest.raises(pyc.PycError):
        pyc.read_pyc(bytes(data))


def test_random_corruption_never_crashes():
    import random
    rng = random.Random(1)
    good = pyc.pack_timestamp_pyc(pvm_compile(SOURCE), 0, 0)
    for _ in range(300):
        data = bytearray(good)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(16, len(data))] = rng.randrange(256)
        try:
            pyc.read_pyc(bytes(data))
        except pyc.PycError:
            pass
