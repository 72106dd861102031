"""A UTF-8 source file starting with a byte-order mark."""
print("BOM file runs:", "été", len("été"))
print(__doc__)
