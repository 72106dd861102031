"""Generator pipelines: lazy stages, itertools stages, early termination and cleanup."""
import itertools

LOG = """\
2024-01-01 INFO start
2024-01-01 WARN disk 91%
2024-01-02 ERROR crash in module a
2024-01-02 INFO restart
2024-01-03 ERROR crash in module b
2024-01-03 WARN disk 95%
2024-01-04 INFO ok
"""


def read_lines(text):
    for line in text.splitlines():
        print(f"  read: {line[:20]}")
        yield line


def parse(lines):
    for line in lines:
        date, level, message = line.split(" ", 2)
        yield {"date": date, "level": level, "message": message}


def only(level, records):
    return (r for r in records if r["level"] == level)


pipeline = only("ERROR", parse(read_lines(LOG)))
print("pipeline built")
first = next(pipeline)
print("first error:", first["message"])
print("rest:", [r["message"] for r in pipeline])

counts = {}
for rec in parse(LOG.splitlines()):
    counts[rec["level"]] = counts.get(rec["level"], 0) + 1
print(sorted(counts.items()))


def numbers():
    try:
        for i in itertools.count(1):
            yield i
    finally:
        print("  numbers source closed")


squares = (n * n for n in numbers())
odd_squares = (s for s in squares if s % 2)
print(list(itertools.islice(odd_squares, 5)))
del odd_squares, squares
print("after del")

by_date = itertools.groupby(parse(LOG.splitlines()), key=lambda r: r["date"])
print([(date, len(list(group))) for date, group in by_date])


def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)


print(list(window(range(6), 3)))
running = itertools.accumulate(x for x in range(1, 8))
print(list(running))
pairs = zip(itertools.count(), "abc", itertools.repeat("-"))
print(list(pairs))
print(sum(x for x in range(100) if x % 7 == 0), max((len(w), w) for w in "a bb ccc dd".split()))
