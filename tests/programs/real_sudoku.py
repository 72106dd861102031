"""A sudoku solver: constraint propagation plus backtracking with the most-constrained cell."""
PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
]


def parse(text):
    return [int(c) if c.isdigit() else 0 for c in text]


def candidates(board, i):
    r, c = divmod(i, 9)
    used = set(board[r * 9:r * 9 + 9])
    used.update(board[c::9])
    br, bc = 3 * (r // 3), 3 * (c // 3)
    for rr in range(br, br + 3):
        used.update(board[rr * 9 + bc:rr * 9 + bc + 3])
    return [d for d in range(1, 10) if d not in used]


def solve(board, stats):
    best, best_cands = None, None
    for i, v in enumerate(board):
        if v == 0:
            cands = candidates(board, i)
            if not cands:
                return False
            if best is None or len(cands) < len(best_cands):
                best, best_cands = i, cands
                if len(cands) == 1:
                    break
    if best is None:
        return True
    for d in best_cands:
        stats["guesses"] += 1
        board[best] = d
        if solve(board, stats):
            return True
    board[best] = 0
    return False


def show(board):
    lines = []
    for r in range(9):
        row = board[r * 9:(r + 1) * 9]
        lines.append(" ".join("".join(map(str, row[c:c + 3])) for c in (0, 3, 6)))
        if r in (2, 5):
            lines.append("")
    return "\n".join(lines)


def valid(board):
    groups = [board[r * 9:r * 9 + 9] for r in range(9)] + [board[c::9] for c in range(9)]
    groups += [[board[r * 9 + c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
               for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)


for puzzle in PUZZLES:
    board = parse(puzzle)
    stats = {"guesses": 0}
    print("solved:", solve(board, stats), "valid:", valid(board), "guesses:", stats["guesses"])
    print(show(board))
    print()
