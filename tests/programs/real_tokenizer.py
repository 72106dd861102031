"""A hand-written tokenizer for a C-like language: positions, errors, and a token summary."""
from collections import Counter
from dataclasses import dataclass

KEYWORDS = {"int", "float", "if", "else", "while", "for", "return", "struct", "void"}
OPERATORS = sorted(["==", "!=", "<=", ">=", "&&", "||", "++", "--", "->", "+=", "-=", "<<", ">>",
                    "+", "-", "*", "/", "%", "=", "<", ">", "!", "&", "|", "^", "~", ".", "?", ":"],
                   key=len, reverse=True)
PUNCT = set("(){}[];,")


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    line: int
    col: int


class LexError(Exception):
    pass


def tokenize(src):
    i, line, col = 0, 1, 1
    tokens = []

    def advance(n):
        nonlocal i, line, col
        for ch in src[i:i + n]:
            if ch == "\n":
                line += 1
                col = 1
            else:
                col += 1
        i += n

    while i < len(src):
        ch = src[i]
        if ch.isspace():
            advance(1)
        elif src.startswith("//", i):
            end = src.find("\n", i)
            advance((end if end != -1 else len(src)) - i)
        elif src.startswith("/*", i):
            end = src.find("*/", i + 2)
            if end == -1:
                raise LexError(f"unterminated comment at {line}:{col}")
            advance(end + 2 - i)
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            text = src[i:j]
            tokens.append(Token("keyword" if text in KEYWORDS else "ident", text, line, col))
            advance(j - i)
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise LexError(f"bad number {text!r} at {line}:{col}")
            tokens.append(Token("float" if "." in text else "int", text, line, col))
            advance(j - i)
        elif ch in "\"'":
            j = i + 1
            while j < len(src) and src[j] != ch:
                if src[j] == "\\":
                    j += 1
                if src[j] == "\n":
                    raise LexError(f"newline in literal at {line}:{col}")
                j += 1
            if j >= len(src):
                raise LexError(f"unterminated literal at {line}:{col}")
            tokens.append(Token("string" if ch == '"' else "char", src[i:j + 1], line, col))
            advance(j + 1 - i)
        elif ch in PUNCT:
            tokens.append(Token("punct", ch, line, col))
            advance(1)
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    tokens.append(Token("op", op, line, col))
                    advance(len(op))
                    break
            else:
                raise LexError(f"unexpected {ch!r} at {line}:{col}")
    return tokens


SOURCE = r'''
/* a small program */
struct point { int x; int y; };
int dot(struct point *a, struct point *b) {
    return a->x * b->x + a->y * b->y;   // dot product
}
int main(void) {
    float scale = 2.5;
    char *msg = "hello \"world\"\n";
    for (int i = 0; i < 10; i++) { if (i % 2 == 0 && i != 4) total += i << 1; }
    return total >= 0 ? 0 : 1;
}
'''
try:
    toks = tokenize(SOURCE)
except LexError as exc:
    print("LexError:", exc)
    toks = []
print(len(toks))
for t in toks[:12]:
    print(t)
print(Counter(t.kind for t in toks).most_common())
print(sorted({t.text for t in toks if t.kind == "op"}))
print([t.text for t in toks if t.kind in ("float", "string")])
for bad in ["int x = 1.2.3;", "x = 'a", "a $ b", "/* open", 'char *s = "line\nbreak";']:
    try:
        tokenize(bad)
    except LexError as exc:
        print("LexError:", exc)
