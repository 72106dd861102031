"""bytes, bytearray and memoryview: methods, indexing yields ints, hex, mutation, buffers."""
b = b"Hello, bytes!"
print(b[0], b[-1], b[1:5], list(b[:3]), b.upper(), b.lower(), b.split(b", "), b.find(b"bytes"))
print(b.hex(), b.hex(":", 2), bytes.fromhex("48 65 6c"), b.startswith(b"He"), b"x" * 3)
print(bytes(3), bytes([65, 66]), bytes(range(3)), bytes("é", "utf-8"), b"a" + b"b", b"%d" % 5)
print(b.replace(b"l", b"L"), b.strip(b"H!"), b.count(b"l"), b.isalpha(), b"123".isdigit())
print(b"a,b".partition(b","), b"  x ".strip(), b"-".join([b"a", b"b"]), b.center(17, b"*"))
print(b"abc" < b"abd", b"a" in b"abc", 97 in b"abc", b"abc" == bytearray(b"abc"))
try:
    b[0] = 1
except TypeError as exc:
    print("TypeError:", exc)
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b" ok")
ba[1:3] = b"EE"
ba.insert(0, 62)
print(ba, len(ba), ba.pop(), ba.decode(), bytes(ba))
ba.reverse()
print(ba, ba.index(b"E"), ba.find(b"zz"))
try:
    ba.append(256)
except ValueError as exc:
    print("ValueError:", exc)
try:
    b"a" + "b"
except TypeError as exc:
    print("TypeError:", exc)
m = memoryview(bytearray(b"abcdef"))
m[0] = ord("Z")
print(m.tobytes(), m[1:3].tobytes(), m.nbytes, m.readonly, m.format, m.itemsize, m.tolist()[:3])
print(bytes(m[::2]), m.obj, len(m))
m.release()
try:
    m[0]
except ValueError as exc:
    print("ValueError:", exc)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"),
      (1024).to_bytes(4, "big"), (-1).to_bytes(2, "big", signed=True))
print(b"\x00\xff".decode("latin-1"), list(b"\x00\xff"), repr(b"\t\n\\'\""), str(b"q"))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"a b".split(), b"TeSt".swapcase())
print(bytearray(3), bytearray(b"x") * 2, bytes.fromhex("ff").hex(), b"Abc".title(),
      b"%s|%r|%5b" % (b"s", b"r", b"pad"))
print(sorted(set(b"mississippi")), max(b"xyz"), sum(b"\x01\x02"), b"\xc3\xa9".decode("utf-8"))
