"""A generator pipeline: produce records, parse, filter, window, aggregate, with yield from,
generator expressions and itertools stages.

Written for pvm's benchmark suite. Exercises generator creation and resumption, yield from
delegation and generator expressions. Usage: generators.py [SIZE]  (SIZE = records)
"""
import itertools
import sys

DEFAULT_SIZE = 250000
QUICK_SIZE = 10000


def produce(n):
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield f"{i},{seed % 1000},{'abcde'[seed % 5]}"


def parse(lines):
    for line in lines:
        ident, value, tag = line.split(",")
        yield int(ident), int(value), tag


def only_tags(records, tags):
    for rec in records:
        if rec[2] in tags:
            yield rec


def windows(records, size):
    window = []
    for rec in records:
        window.append(rec[1])
        if len(window) == size:
            yield sum(window) / size
            del window[0]


def chained(n):
    yield from (x * 2 for x in range(n))
    yield from map(lambda x: x + 1, range(n))


def main(size):
    recs = only_tags(parse(produce(size)), {"a", "c", "e"})
    avgs = windows(recs, 8)
    top = max(itertools.islice(avgs, size))
    counts = {}
    for _, value, tag in parse(produce(size // 2)):
        counts[tag] = counts.get(tag, 0) + value
    total = sum(x for x in chained(size) if x % 3)
    evens = sum(1 for _ in filter(lambda r: r[1] % 2 == 0, parse(produce(size // 4))))
    print("generators", size, f"{top:.3f}", sorted(counts.items()), total, evens)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
