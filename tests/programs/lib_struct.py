"""struct: packing and unpacking with byte orders, sizes, alignment, iter_unpack, errors."""
import struct

packed = struct.pack(">IhB?", 0xDEADBEEF, -2, 255, True)
print(packed, len(packed), struct.unpack(">IhB?", packed))
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("!H", 258), struct.pack("<q", -1))
print(struct.calcsize("bhi"), struct.calcsize("=bhi"), struct.calcsize("<d"), struct.calcsize("10s"))
print(struct.pack("<3s5s", b"abcdef", b"xy"), struct.unpack("<2sf", b"ok" + struct.pack("<f", 1.5)))
print(struct.pack(">d", 3.141592653589793).hex(), struct.unpack(">d", bytes.fromhex("400921fb54442d18")))
print(list(struct.iter_unpack("<hh", b"\x01\x00\x02\x00\x03\x00\x04\x00")))
record = struct.Struct("<10sHd")
raw = record.pack(b"widget", 7, 9.5)
print(record.size, raw, record.unpack(raw), record.format)
buf = bytearray(8)
struct.pack_into("<HH", buf, 2, 1, 65535)
print(buf, struct.unpack_from("<H", buf, 4))
for fmt, value in [("b", 200), ("H", -1), ("I", 2 ** 32), ("e", 1e10)]:
    try:
        struct.pack(fmt, value)
    except (struct.error, OverflowError) as exc:
        print(fmt, value, type(exc).__name__ + ":", exc)
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as exc:
    print("struct.error:", exc)
print(struct.pack("<e", 0.5), struct.pack("?", 0), struct.pack("c", b"z"), struct.pack("<Q", 2 ** 64 - 1))
