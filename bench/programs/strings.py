"""String processing: build a text, tokenize, normalise, count, format a report, and do
character-level transformations (caesar cipher, run-length encoding, palindromes).

Written for pvm's benchmark suite. Exercises str methods, slicing, joins, f-strings and
character loops. Usage: strings.py [SIZE]  (SIZE = sentences)
"""
import sys

DEFAULT_SIZE = 90000
QUICK_SIZE = 500

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron "
         "pi rho sigma tau upsilon phi chi psi omega level radar civic stats noon").split()


def make_text(n):
    seed = 7
    sentences = []
    for i in range(n):
        words = []
        for _ in range(6 + i % 7):
            seed = (seed * 48271) % 2147483647
            words.append(WORDS[seed % len(WORDS)])
        sentence = " ".join(words)
        sentences.append(sentence[0].upper() + sentence[1:] + ("." if i % 3 else "!"))
    return " ".join(sentences)


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def run_length(text):
    if not text:
        return ""
    out = []
    prev, count = text[0], 1
    for ch in text[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}" if count > 1 else prev)
            prev, count = ch, 1
    out.append(f"{count}{prev}" if count > 1 else prev)
    return "".join(out)


def main(size):
    text = make_text(size)
    words = [w.strip(".!").lower() for w in text.split()]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    palindromes = sum(1 for w in words if w == w[::-1])
    report = "\n".join(f"{w:>10}: {c:6d} {'*' * (c * 40 // len(words))}"
                       for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10])
    secret = caesar(text[:20000], 13)
    restored = caesar(secret, 13) == text[:20000]
    rle = run_length("".join(sorted(text[:30000].replace(" ", ""))))
    upper = sum(1 for ch in text if ch.isupper())
    replaced = text.replace("a", "@").replace("e", "3").count("@")
    title = " ".join(s.title() for s in text.split(". ")[:50])
    checksum = (len(report) * 31 + len(rle) * 17 + upper + replaced + len(title)) % 1000003
    print("strings", size, len(words), palindromes, restored, checksum)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
