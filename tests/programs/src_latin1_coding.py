# -*- coding: latin-1 -*-
"""A source file in Latin-1: the coding cookie decides how its bytes are read."""
text = "café à la crème brûlée"
print(text, len(text), text.upper())
print(text.encode("utf-8"), ascii(text))
name = "Ñandú"
print(name, [hex(ord(c)) for c in name])
