"""A small backtracking regex engine (literals, ., *, +, ?, ^, $, classes, groups, |), checked
against the re module."""
import re


def parse(pattern):
    pos = 0

    def alternation():
        nonlocal pos
        branches = [sequence()]
        while pos < len(pattern) and pattern[pos] == "|":
            pos += 1
            branches.append(sequence())
        return ("alt", branches) if len(branches) > 1 else branches[0]

    def sequence():
        nonlocal pos
        items = []
        while pos < len(pattern) and pattern[pos] not in "|)":
            atom_node = atom()
            if pos < len(pattern) and pattern[pos] in "*+?":
                atom_node = ("repeat", atom_node, pattern[pos])
                pos += 1
            items.append(atom_node)
        return ("seq", items)

    def atom():
        nonlocal pos
        ch = pattern[pos]
        pos += 1
        if ch == "(":
            inner = alternation()
            pos += 1
            return inner
        if ch == "[":
            negate = pattern[pos] == "^"
            pos += negate
            chars = set()
            while pattern[pos] != "]":
                if pattern[pos + 1:pos + 2] == "-" and pattern[pos + 2] != "]":
                    chars.update(chr(c) for c in range(ord(pattern[pos]), ord(pattern[pos + 2]) + 1))
                    pos += 3
                else:
                    chars.add(pattern[pos])
                    pos += 1
            pos += 1
            return ("class", frozenset(chars), negate)
        if ch == ".":
            return ("any",)
        if ch == "^":
            return ("bol",)
        if ch == "$":
            return ("eol",)
        if ch == "\\":
            ch = pattern[pos]
            pos += 1
        return ("lit", ch)

    return alternation()


def match_here(node, text, i, k):
    kind = node[0]
    if kind == "lit":
        return i < len(text) and text[i] == node[1] and k(i + 1)
    if kind == "any":
        return i < len(text) and text[i] != "\n" and k(i + 1)
    if kind == "class":
        return i < len(text) and ((text[i] in node[1]) != node[2]) and k(i + 1)
    if kind == "bol":
        return i == 0 and k(i)
    if kind == "eol":
        return i == len(text) and k(i)
    if kind == "seq":
        def run(j, idx):
            if j == len(node[1]):
                return k(idx)
            return match_here(node[1][j], text, idx, lambda nxt: run(j + 1, nxt))
        return run(0, i)
    if kind == "alt":
        return any(match_here(b, text, i, k) for b in node[1])
    if kind == "repeat":
        _, inner, op = node
        if op == "?":
            return match_here(inner, text, i, k) or k(i)

        def star(idx):
            return match_here(inner, text, idx, lambda nxt: nxt != idx and star(nxt)) or k(idx)
        if op == "*":
            return star(i)
        return match_here(inner, text, i, lambda nxt: star(nxt))
    raise ValueError(kind)


def search(pattern, text):
    tree = parse(pattern)
    for start in range(len(text) + 1):
        end = []
        if match_here(tree, text, start, lambda j: end.append(j) or True):
            return start, end[0]
    return None


CASES = [("ab*c", "xxabbbcyy"), ("a(b|c)+d", "abcbcd"), ("^hello", "hello world"), ("world$", "hello world"),
         ("[0-9]+", "abc 12345 def"), ("colou?r", "the color red"), ("[^aeiou ]+", "aeio xyz u"),
         ("a.c", "a\nc abc"), ("(ab)*$", "abababx"), ("x+y?z", "xxxz"), ("q", "no match here"),
         ("(a|ab)(c|bcd)", "abcd"), ("\\.", "a.b"), ("^$", "")]
for pattern, text in CASES:
    ours = search(pattern, text)
    m = re.search(pattern, text)
    theirs = m.span() if m else None
    print(f"{pattern!r:14} {text!r:18} {ours} {'ok' if ours == theirs else 'MISMATCH ' + str(theirs)}")
