"""Conway's Game of Life on a small toroidal grid, with a glider and a blinker."""
GRID = """
..........
..#.......
...#......
.###......
..........
......###.
..........
..........
"""


def parse(text):
    rows = [r for r in text.strip().splitlines()]
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}, len(rows), len(rows[0])


def step(live, h, w):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, h, w):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h))


live, h, w = parse(GRID)
history = []
for gen in range(25):
    if gen in (0, 1, 4, 24):
        print(f"generation {gen}, {len(live)} alive")
        print(render(live, h, w))
    history.append(frozenset(live))
    live = step(live, h, w)
print("period detected:", next((i for i, s in enumerate(history) if s == frozenset(live)), None))
