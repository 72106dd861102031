"""A tiny Markdown-to-HTML converter: headings, lists, code blocks, emphasis, links, escaping."""
import html
import re

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: f"<code>{m.group(1)}</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), lambda m: f"<strong>{m.group(1)}</strong>"),
    (re.compile(r"\*(.+?)\*"), lambda m: f"<em>{m.group(1)}</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)]+)\)"), lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>'),
]


def inline(text):
    text = html.escape(text, quote=False)
    for pattern, repl in INLINE:
        text = pattern.sub(repl, text)
    return text


def convert(md):
    out, para, list_kind, in_code = [], [], None, False

    def flush_para():
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()

    def close_list():
        nonlocal list_kind
        if list_kind:
            out.append(f"</{list_kind}>")
            list_kind = None

    for line in md.splitlines():
        if line.startswith("```"):
            flush_para()
            close_list()
            out.append("</code></pre>" if in_code else "<pre><code>")
            in_code = not in_code
            continue
        if in_code:
            out.append(html.escape(line))
            continue
        if not line.strip():
            flush_para()
            close_list()
            continue
        heading = re.match(r"(#{1,6})\s+(.*)", line)
        item = re.match(r"\s*([-*]|\d+\.)\s+(.*)", line)
        if heading:
            flush_para()
            close_list()
            level = len(heading.group(1))
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif item:
            flush_para()
            kind = "ol" if item.group(1)[0].isdigit() else "ul"
            if list_kind != kind:
                close_list()
                out.append(f"<{kind}>")
                list_kind = kind
            out.append(f"  <li>{inline(item.group(2))}</li>")
        elif line.startswith("> "):
            flush_para()
            out.append(f"<blockquote>{inline(line[2:])}</blockquote>")
        else:
            para.append(line.strip())
    flush_para()
    close_list()
    return "\n".join(out)


DOC = """# pvm *notes*

A Python **implementation** in Python, with `code` and a [link](https://example.com).
Second line of the same paragraph & an ampersand <tag>.

## Steps
1. lex
2. parse
3. compile
- unordered after ordered
- **bold** item

> a quote with *emphasis*

```
def f(x):
    return x < 1 and "<ok>"
```
Trailing paragraph."""
print(convert(DOC))
