"""Huffman coding: build a deterministic tree, encode to bits and bytes, decode back."""
import heapq
from collections import Counter

TEXT = ("it was the best of times, it was the worst of times, it was the age of wisdom, "
        "it was the age of foolishness")


def build_codes(text):
    freq = Counter(text)
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, counter, (a, b)))
        counter += 1
    codes = {}

    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix or "0"
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
    walk(heap[0][2], "")
    return codes, heap[0][2]


def encode(text, codes):
    return "".join(codes[ch] for ch in text)


def decode(bits, tree):
    out, node = [], tree
    for bit in bits:
        node = node[int(bit)]
        if isinstance(node, str):
            out.append(node)
            node = tree
    return "".join(out)


def to_bytes(bits):
    padded = bits + "0" * (-len(bits) % 8)
    return bytes(int(padded[i:i + 8], 2) for i in range(0, len(padded), 8))


codes, tree = build_codes(TEXT)
for ch, code in sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0])):
    print(repr(ch), code)
bits = encode(TEXT, codes)
packed = to_bytes(bits)
print(len(TEXT) * 8, len(bits), len(packed), packed[:8].hex())
print(decode(bits, tree) == TEXT)
