"""Reading all of stdin (from sys_stdin_read.stdin): word counts and line statistics."""
import sys

text = sys.stdin.read()
lines = text.splitlines()
words = text.split()
print(len(lines), len(words), len(text))
counts = {}
for w in words:
    w = w.strip(".,!?;:").lower()
    if w:
        counts[w] = counts.get(w, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{word:10} {n}")
print(max(lines, key=len))
print(sys.stdin.read() == "", sys.stdin.readable())
