"""A source file with CRLF line endings."""
x = (1 +
     2)
s = """multi
line"""
print(x, repr(s))
if x:
    print("indented block", \
          "continued")
