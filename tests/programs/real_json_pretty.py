"""A JSON parser and pretty printer in pure Python, checked against the json module."""
import json


class ParseError(Exception):
    pass


class JSONParser:
    ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text):
        self.text, self.pos = text, 0

    def error(self, msg):
        raise ParseError(f"{msg} at position {self.pos}")

    def skip_ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\n\r":
            self.pos += 1

    def parse(self):
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            self.error("trailing data")
        return value

    def value(self):
        self.skip_ws()
        if self.pos >= len(self.text):
            self.error("unexpected end")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            if self.text[self.pos] != '"':
                self.error("expected string key")
            key = self.string()
            self.skip_ws()
            if self.text[self.pos] != ":":
                self.error("expected ':'")
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                self.error("expected ',' or '}'")

    def arr(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                self.error("expected ',' or ']'")

    def string(self):
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                self.error("unterminated string")
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos]
                self.pos += 1
                if esc == "u":
                    code = int(self.text[self.pos:self.pos + 4], 16)
                    self.pos += 4
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.pos):
                        low = int(self.text[self.pos + 2:self.pos + 6], 16)
                        self.pos += 6
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    out.append(chr(code))
                else:
                    out.append(self.ESCAPES[esc])
            else:
                out.append(ch)

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        token = self.text[start:self.pos]
        if not token:
            self.error("unexpected character")
        if any(c in token for c in ".eE"):
            return float(token)
        return int(token)


def pretty(value, indent=0, step=2):
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = [f'{" " * (indent + step)}{encode_str(k)}: {pretty(v, indent + step, step)}'
                 for k, v in value.items()]
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = [" " * (indent + step) + pretty(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    if isinstance(value, str):
        return encode_str(value)
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    return repr(value)


def encode_str(s):
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        elif ord(ch) > 0x7E:
            if ord(ch) > 0xFFFF:
                v = ord(ch) - 0x10000
                out.append(f"\\u{0xD800 + (v >> 10):04x}\\u{0xDC00 + (v & 0x3FF):04x}")
            else:
                out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


DOCUMENT = r'''
{"name": "pvm", "version": [0, 1, 0], "stable": false, "license": null,
 "authors": [{"name": "A. Hacker", "email": "a@example.com"}, {"name": "Zoë", "tags": []}],
 "numbers": [1, -2, 3.5, 1e10, -0.25, 12345678901234567890],
 "escapes": "quote \" backslash \\ newline \n tab \t unicode \u00e9 \ud83d\ude00",
 "nested": {"deep": {"deeper": {"deepest": [[], {}, [[1]]]}}}}
'''
parsed = JSONParser(DOCUMENT).parse()
print(parsed == json.loads(DOCUMENT))
text = pretty(parsed)
print(text)
print(text == json.dumps(parsed, indent=2))
for bad in ['{"a" 1}', "[1, 2", '"open', "[1] 2", "{1: 2}", "@"]:
    try:
        JSONParser(bad).parse()
    except (ParseError, IndexError) as exc:
        print(type(exc).__name__, exc)
