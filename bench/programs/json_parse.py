"""JSON-like parsing in pure Python: generate a document, serialise it with a hand-written
encoder, parse it back with a recursive-descent parser, and compare.

Written for pvm's benchmark suite. Exercises string scanning by index, recursion, dict and
list building. Usage: json_parse.py [SIZE]  (SIZE = records in the document)
"""
import sys

DEFAULT_SIZE = 15000
QUICK_SIZE = 200


def make_document(n):
    return {"meta": {"count": n, "name": "bench \"doc\"", "ok": True, "none": None},
            "records": [{"id": i, "name": f"item-{i}", "price": i * 1.25, "tags": ["t", str(i % 7)],
                         "active": i % 3 == 0, "nested": {"level": i % 5, "path": [i, -i, 0.5]}}
                        for i in range(n)]}


def encode(value, out):
    if isinstance(value, dict):
        out.append("{")
        first = True
        for k, v in value.items():
            if not first:
                out.append(",")
            first = False
            encode(k, out)
            out.append(":")
            encode(v, out)
        out.append("}")
    elif isinstance(value, list):
        out.append("[")
        for i, v in enumerate(value):
            if i:
                out.append(",")
            encode(v, out)
        out.append("]")
    elif isinstance(value, str):
        out.append('"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"')
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif value is None:
        out.append("null")
    else:
        out.append(repr(value))


class Parser:
    def __init__(self, text):
        self.text = text
        self.i = 0

    def ws(self):
        text, i = self.text, self.i
        while i < len(text) and text[i] in " \n\t\r":
            i += 1
        self.i = i

    def value(self):
        self.ws()
        ch = self.text[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if self.text.startswith("true", self.i):
            self.i += 4
            return True
        if self.text.startswith("false", self.i):
            self.i += 5
            return False
        if self.text.startswith("null", self.i):
            self.i += 4
            return None
        return self.number()

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.text[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            key = self.string()
            self.ws()
            self.i += 1  # ':'
            out[key] = self.value()
            self.ws()
            ch = self.text[self.i]
            self.i += 1
            if ch == "}":
                return out

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.text[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            ch = self.text[self.i]
            self.i += 1
            if ch == "]":
                return out

    def string(self):
        self.i += 1
        text = self.text
        parts = []
        start = self.i
        while True:
            ch = text[self.i]
            if ch == '"':
                parts.append(text[start:self.i])
                self.i += 1
                return "".join(parts)
            if ch == "\\":
                parts.append(text[start:self.i])
                parts.append(text[self.i + 1])
                self.i += 2
                start = self.i
            else:
                self.i += 1

    def number(self):
        text, start = self.text, self.i
        while self.i < len(text) and text[self.i] in "+-0123456789.eE":
            self.i += 1
        token = text[start:self.i]
        return float(token) if "." in token or "e" in token or "E" in token else int(token)


def main(size):
    doc = make_document(size)
    out = []
    encode(doc, out)
    text = "".join(out)
    parsed = Parser(text).value()
    same = parsed == doc
    prices = sum(r["price"] for r in parsed["records"] if r["active"])
    print("json_parse", size, len(text), same, f"{prices:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
