"""re: match/search/fullmatch, groups, named groups, findall/finditer, sub with functions, flags."""
import re

text = "Alice: 555-1234, Bob: 555-9876; carol: 555-0000 (old)"
print(re.findall(r"\d{3}-\d{4}", text))
print(re.findall(r"(\w+): (\d+)-(\d+)", text))
for m in re.finditer(r"(?P<name>[A-Za-z]+): (?P<num>[\d-]+)", text):
    print(m.group("name"), m.group("num"), m.start(), m.end(), m.span("num"), m.groupdict())
m = re.search(r"(\w+)@(\w+)\.com", "contact: joe@example.com today")
print(m.group(0), m.group(1, 2), m.groups(), m.lastindex, m.re.pattern, m.string[:7])
print(re.match(r"\d+", "abc123"), re.match(r"[a-z]+", "abc123").group(), re.fullmatch(r"\w+", "abc!"))
print(re.sub(r"(\d+)", r"<\1>", "a1b22c333"), re.sub(r"\s+", " ", "  many   spaces \n here "))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "functional replacement", count=3))
print(re.subn(r"o", "0", "foo boo"), re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(-)", "1-2-3"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Grace Hopper"))
pattern = re.compile(r"""
    ^(?P<key>[a-z_]+)   # a key
    \s*=\s*
    (?P<value>.*)$      # the rest
""", re.VERBOSE | re.MULTILINE)
config = "name = pvm\nversion = 0.1\n# comment\nmode=fast"
print([(m["key"], m["value"]) for m in pattern.finditer(config)])
print(re.findall(r"^\w", "ab\ncd\nef", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.I == re.IGNORECASE)
print(re.search(r"HELLO", "say hello", re.I).group(), re.findall(r"(?i)x", "xXx"), re.escape("a.b*c"))
print(re.findall(r"(a)|(b)", "ab"), re.findall(r"\bcat\b", "cat concat cat."), re.findall(r"(?<=@)\w+", "x@a y@b"))
print(re.match(r"(a+)+b", "aaab").group(), re.findall(r"a*?", "aa"), re.findall(r"\d+(?=%)", "10% 20 30%"))
print(re.match(r"(?P<x>a)(?P=x)", "aa").group(), re.match(r"(a)(b)?", "a").groups(default="-"))
try:
    re.compile(r"(unclosed")
except re.error as exc:
    print("re.error:", exc.msg, exc.pos)
p = re.compile(r"\d")
print(p.pattern, p.flags & re.UNICODE != 0, p.groups, p.sub("#", "a1b2"), p.search("xx9").start())
print(re.findall(rb"\d+", b"a12b3"), re.sub("é", "e", "café"), re.findall(r"\w+", "naïve café"))
print(re.split(r"\W+", "Hello, world! How are you?"), re.findall(r"[^\W\d_]+", "ab_12cd"))
