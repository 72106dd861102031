"""Unicode text: code points, encodings and error handlers, normalisation, escapes, widths."""
import unicodedata

text = "naïve café — 日本語 😀"
print(len(text), [hex(ord(c)) for c in text[-3:]])
for enc in ("utf-8", "utf-16-le", "utf-32-be", "latin-1"):
    try:
        data = text.encode(enc)
        print(enc, len(data), data[:12])
    except UnicodeEncodeError as exc:
        print(enc, "UnicodeEncodeError:", exc.reason, exc.start, exc.end)
for errors in ("replace", "ignore", "xmlcharrefreplace", "backslashreplace", "namereplace"):
    print(errors, text.encode("ascii", errors=errors))
bad = b"ok \xff\xfe bytes"
for errors in ("replace", "ignore", "backslashreplace", "surrogateescape"):
    decoded = bad.decode("utf-8", errors=errors)
    print(errors, repr(decoded))
print(bad.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == bad)
print(unicodedata.name("é"), unicodedata.category("é"), unicodedata.numeric("½"),
      unicodedata.lookup("SNOWMAN"), unicodedata.east_asian_width("日"))
composed = "é"
decomposed = unicodedata.normalize("NFD", composed)
print(len(composed), len(decomposed), composed == decomposed,
      unicodedata.normalize("NFC", decomposed) == composed, unicodedata.normalize("NFKC", "ﬁ"))
print("\N{GREEK SMALL LETTER ALPHA}\u03b2\U0001F600\x41\101", "\t".isprintable())
print(ascii(text), repr("\x00\x1f\x7f\u200b"))
print("ÄÖÜ".lower(), "ǈ".istitle(), "ΣΑΣ".lower(), "ﬀ".upper(), "i̇".upper())
print(sorted(["é", "e", "f", "E"]), "é" > "f", "😀".encode("utf-16-be"))
print("abc".encode("utf-8").decode("utf-16-le", "replace"), "€".encode("cp1252"))
print(b"\xe2\x82\xac".decode(), bytes("é", "latin-1"), "x".encode("idna"))
print([c for c in "a\u0301b"], "straße".upper(), "ΑΒΓ".casefold())
print(str("abc".encode(), "utf-8"), "%c" % 0x1F600, chr(0x10FFFF) == "\U0010ffff")
