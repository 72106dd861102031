"""str methods: splitting, joining, stripping, searching, case, padding, tests, translation."""
s = "  Hello, World! Hello!  "
print(s.strip(), "|", s.lstrip(), "|", s.rstrip(), "|", s.strip(" !H"))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print(" x ".split(" "), "".split(), "".split(","), "a\nb\r\nc\rd".splitlines(),
      "a\nb\n".splitlines(keepends=True))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(map(str, range(4))))
print(s.find("Hello"), s.rfind("Hello"), s.find("zz"), s.index("World"), s.count("Hello"),
      s.count("l", 5, 12), "aaa".count("aa"), "abc".count(""))
try:
    s.index("zz")
except ValueError as exc:
    print("ValueError:", exc)
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("", "-"))
print("Hello".upper(), "Hello".lower(), "hello world".title(), "hello world".capitalize(),
      "HeLLo".swapcase(), "Straße".casefold(), "ǅ".lower(), "ß".upper())
print("x".center(7, "*"), "x".ljust(4, "."), "x".rjust(4), "42".zfill(5), "-42".zfill(5),
      "+4".zfill(4))
print("abc".startswith("ab"), "abc".endswith(("x", "bc")), "abc".startswith("b", 1),
      "prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"))
print("a=1".partition("="), "a=1=2".rpartition("="), "abc".partition("x"))
tests = ["abc", "ABC", "123", "a1", " ", "", "Title Case", "½", "٣", "x_y", "if", "\t\n"]
for t in tests:
    print(repr(t), t.isalpha(), t.isupper(), t.islower(), t.isdigit(), t.isdecimal(),
          t.isnumeric(), t.isalnum(), t.isspace(), t.istitle(), t.isidentifier(), t.isprintable())
table = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(table), str.maketrans({"a": "1"}), "tab\there".expandtabs(4))
print("a\tbc\td".expandtabs(), "%s" % "x".join("123"), "ab" * 3, "abc" < "abd", "Z" < "a")
print(sorted(["banana", "Apple", "cherry"]), sorted(["banana", "Apple"], key=str.lower))
print("héllo".encode(), "mañana".upper(), len("mañana"), "ﬁ".upper(), "İ".lower().encode())
print("one two three".split(maxsplit=1), "a-b_c".replace("-", " ").replace("_", " ").split())
print(str(123), str(b"x", "ascii"), str(), repr("quote'd"), repr('dbl"q'), repr("both'\""))
print("{} {}".format("fmt", 1), "abc"[::-1], "abc" in "xabcx", "" in "abc", ord("€"), chr(8364))
print("x".join([]), "".join(["a"]), "Python"[1:4], min("hello"), max("hello"))
