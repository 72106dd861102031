"""A dict-heavy workload: an in-memory table with indexes, group-by, joins, counting,
updates and deletions, keyed by strings, ints and tuples.

Written for pvm's benchmark suite. Exercises dict get/set/del, iteration, setdefault,
comprehensions and hashing of tuples. Usage: dicts.py [SIZE]  (SIZE = rows)
"""
import sys

DEFAULT_SIZE = 180000
QUICK_SIZE = 5000

CITIES = ["oslo", "lima", "pune", "kiev", "rome", "doha", "baku", "riga"]


def main(size):
    seed = 99
    people = {}
    for i in range(size):
        seed = (seed * 69069 + 1) & 0xFFFFFFFF
        people[f"p{i}"] = {"id": i, "age": 18 + seed % 60, "city": CITIES[seed % len(CITIES)],
                           "score": seed % 1000}
    by_city = {}
    for key, row in people.items():
        by_city.setdefault(row["city"], []).append(key)
    avg_age = {city: sum(people[k]["age"] for k in keys) / len(keys) for city, keys in by_city.items()}
    buckets = {}
    for row in people.values():
        bucket = (row["city"], row["age"] // 10)
        buckets[bucket] = buckets.get(bucket, 0) + 1
    scores = {row["id"]: row["score"] for row in people.values()}
    friends = {i: (i * 7 + 3) % size for i in range(size)}
    mutual = sum(1 for a, b in friends.items() if friends.get(b) == a)
    joined = sum(scores[friends[i]] for i in range(0, size, 3))
    for i in range(0, size, 2):
        del people[f"p{i}"]
    for key in list(people)[:size // 10]:
        people[key]["score"] += 1
    counts = {}
    for row in people.values():
        counts[row["score"] % 17] = counts.get(row["score"] % 17, 0) + 1
    top = max(buckets.items(), key=lambda kv: (kv[1], kv[0]))
    checksum = (sum(int(v * 100) for v in avg_age.values()) + joined + mutual
                + sum(k * v for k, v in counts.items())) % 1000003
    print("dicts", size, len(people), len(buckets), top, checksum)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
