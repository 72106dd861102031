"""pvm's .pyc format: code objects to bytes and back, without marshal.

A leaf of the pipeline (bytecode layer): the compiler's cache (compiler/cache.py)
writes these files and the VM's importer reads them. A file is a 16-byte header
and a body, laid out as PEP 552 lays out CPython's:

    MAGIC (4 bytes)   two bytes of a digest of the instruction table and FORMAT_VERSION,
                      then b"\\r\\n"; any change to an opcode row or to this format
                      changes it, so a stale file is never misread (FORMAT_VERSION
                      is also bumped when the compiler's output changes, so that
                      caches do not keep code a fixed compiler no longer emits)
    flags (4, LE)     bit 0: hash-based; bit 1: check the hash against the source
    mtime, size       (4 + 4, LE) of the source, for timestamp-based files, or
    source hash (8)   for hash-based files

The source hash is pvm's own, not CPython's siphash: the first 8 bytes of BLAKE2b
keyed with MAGIC over the source bytes (`source_hash`), so it changes with the
format as CPython's does with its magic number.

The body is one tagged value. Tags (one byte) and payloads:

    N None   T True   F False   E Ellipsis
    i int    zigzag varint            f float   8 bytes, IEEE little-endian
    x complex  two floats             s str     varint length + UTF-8 (surrogatepass)
    b bytes  varint length + bytes    t tuple   varint count + values
    z frozenset  varint count + values
    c code   the 16 fields of Code in constructor order (ints as varints)
    r reference to the n-th string already read (names repeat a lot)
"""

import hashlib
import struct
from typing import NamedTuple

from pvm.bytecode.code import Code, read_varint, write_varint
from pvm.bytecode.opcodes import table_fingerprint

FORMAT_VERSION = 3    # 3: CPython 3.11 line and exception tables; 2: class bodies' free __class__, lines of case-body jumps
_DIGEST = hashlib.sha256(table_fingerprint() + b"pyc-format-%d" % FORMAT_VERSION).digest()
MAGIC = _DIGEST[:2] + b"\r\n"
HEADER_SIZE = 16

FLAG_HASH_BASED = 0x1
FLAG_CHECK_SOURCE = 0x2

_DOUBLE = struct.Struct("<d")
_HEADER = struct.Struct("<4sI8s")
_STAMP = struct.Struct("<II")


class PycError(ValueError):
    """A file that is not a valid pvm .pyc (bad magic, truncated, corrupted)."""


class Header(NamedTuple):
    flags: int
    mtime: int | None
    size: int | None
    source_hash: bytes | None

    @property
    def hash_based(self):
        return bool(self.flags & FLAG_HASH_BASED)

    @property
    def check_source(self):
        return bool(self.flags & FLAG_CHECK_SOURCE)


def source_hash(source_bytes):
    """pvm's 8-byte hash of source bytes for hash-based .pyc files."""
    return hashlib.blake2b(source_bytes, digest_size=8, key=MAGIC).digest()


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

class _Writer:
    def __init__(self):
        self.out = bytearray()
        self.strings = {}

    def value(self, obj):
        out = self.out
        kind = type(obj)
        if obj is None:
            out.append(0x4E)
        elif obj is True:
            out.append(0x54)
        elif obj is False:
            out.append(0x46)
        elif obj is Ellipsis:
            out.append(0x45)
        elif kind is int:
            out.append(0x69)
            write_varint(out, (-obj << 1) - 1 if obj < 0 else obj << 1)
        elif kind is str:
            ref = self.strings.get(obj)
            if ref is not None:
                out.append(0x72)
                write_varint(out, ref)
                return
            self.strings[obj] = len(self.strings)
            data = obj.encode("utf-8", "surrogatepass")
            out.append(0x73)
            write_varint(out, len(data))
            out += data
        elif kind is float:
            out.append(0x66)
            out += _DOUBLE.pack(obj)
        elif kind is complex:
            out.append(0x78)
            out += _DOUBLE.pack(obj.real)
            out += _DOUBLE.pack(obj.imag)
        elif kind is bytes:
            out.append(0x62)
            write_varint(out, len(obj))
            out += obj
        elif kind is tuple:
            out.append(0x74)
            write_varint(out, len(obj))
            for item in obj:
                self.value(item)
        elif kind is frozenset:
            out.append(0x7A)
            write_varint(out, len(obj))
            for item in obj:
                self.value(item)
        elif kind is Code:
            self.code(obj)
        else:
            raise ValueError(f"pvm .pyc cannot hold a {kind.__name__} constant")

    def code(self, code):
        out = self.out
        out.append(0x63)
        for number in (code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
                       code.co_stacksize, code.co_flags):
            write_varint(out, number)
        self.value(code.co_code)
        self.value(code.co_consts)
        self.value(code.co_names)
        self.value(code.co_localsplusnames)
        self.value(code.co_localspluskinds)
        self.value(code.co_filename)
        self.value(code.co_name)
        self.value(code.co_qualname)
        write_varint(out, code.co_firstlineno)
        self.value(code.co_linetable)
        self.value(code.co_exceptiontable)


def dumps(obj):
    """Serialise a code object (or any constant it may hold) to bytes."""
    writer = _Writer()
    writer.value(obj)
    return bytes(writer.out)


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------

class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.strings = []

    def varint(self):
        value, self.pos = read_varint(self.data, self.pos)
        return value

    def take(self, n):
        pos = self.pos
        end = pos + n
        if end > len(self.data):
            raise PycError("truncated .pyc body")
        self.pos = end
        return self.data[pos:end]

    def value(self):
        data = self.data
        pos = self.pos
        if pos >= len(data):
            raise PycError("truncated .pyc body")
        tag = data[pos]
        self.pos = pos + 1
        if tag == 0x72:
            return self.strings[self.varint()]
        if tag == 0x73:
            text = bytes(self.take(self.varint())).decode("utf-8", "surrogatepass")
            self.strings.append(text)
            return text
        if tag == 0x69:
            raw = self.varint()
            return -((raw + 1) >> 1) if raw & 1 else raw >> 1
        if tag == 0x74:
            return tuple([self.value() for _ in range(self.varint())])
        if tag == 0x4E:
            return None
        if tag == 0x62:
            return bytes(self.take(self.varint()))
        if tag == 0x63:
            return self.code()
        if tag == 0x54:
            return True
        if tag == 0x46:
            return False
        if tag == 0x45:
            return Ellipsis
        if tag == 0x66:
            return _DOUBLE.unpack(self.take(8))[0]
        if tag == 0x78:
            real = _DOUBLE.unpack(self.take(8))[0]
            return complex(real, _DOUBLE.unpack(self.take(8))[0])
        if tag == 0x7A:
            return frozenset([self.value() for _ in range(self.varint())])
        raise PycError(f"bad tag {tag:#x} at {pos} in .pyc body")

    def code(self):
        varint = self.varint
        value = self.value
        numbers = (varint(), varint(), varint(), varint(), varint())
        fields = (value(), value(), value(), value(), value(), value(), value(), value())
        firstlineno = varint()
        linetable, exceptiontable = value(), value()
        for item, kind in zip(fields, (bytes, tuple, tuple, tuple, bytes, str, str, str)):
            if type(item) is not kind:
                raise PycError("corrupted code object in .pyc body")
        return Code.from_localsplus(*numbers, *fields, firstlineno, linetable, exceptiontable)


def loads(data):
    """The value serialised in `data` (PycError if it is malformed)."""
    reader = _Reader(memoryview(data) if not isinstance(data, bytes) else data)
    try:
        result = reader.value()
    except (IndexError, UnicodeDecodeError, TypeError, ValueError, RecursionError) as err:
        if isinstance(err, PycError):
            raise
        raise PycError(f"corrupted .pyc body: {err}") from None
    if reader.pos != len(reader.data):
        raise PycError("trailing bytes after the .pyc body")
    return result


# ---------------------------------------------------------------------------
# Whole files
# ---------------------------------------------------------------------------

def pack_timestamp_pyc(code, mtime, size):
    """A timestamp-based .pyc (PEP 552 flags 0)."""
    return _HEADER.pack(MAGIC, 0, _STAMP.pack(int(mtime) & 0xFFFFFFFF, size & 0xFFFFFFFF)) \
        + dumps(code)


def pack_hash_pyc(code, hash_, checked=True):
    """A hash-based .pyc, checked against the source or not (PEP 552)."""
    flags = FLAG_HASH_BASED | (FLAG_CHECK_SOURCE if checked else 0)
    return _HEADER.pack(MAGIC, flags, hash_) + dumps(code)


def read_header(data):
    """The Header of .pyc bytes; PycError for foreign magic, unknown flags or truncation."""
    if len(data) < HEADER_SIZE:
        raise PycError("truncated .pyc header")
    magic, flags, rest = _HEADER.unpack_from(data)
    if magic != MAGIC:
        raise PycError(f"bad magic number {magic!r}")
    if flags & ~(FLAG_HASH_BASED | FLAG_CHECK_SOURCE):
        raise PycError(f"invalid flags {flags:#x}")
    if flags & FLAG_HASH_BASED:
        return Header(flags, None, None, rest)
    mtime, size = _STAMP.unpack(rest)
    return Header(flags, mtime, size, None)


def read_pyc(data):
    """(Header, Code) of a whole .pyc file's bytes."""
    header = read_header(data)
    code = loads(memoryview(data)[HEADER_SIZE:])
    if type(code) is not Code:
        raise PycError(".pyc body is not a code object")
    return header, code
