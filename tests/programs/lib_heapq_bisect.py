"""heapq and bisect: priority queues, merging, n-largest, sorted insertion and lookups."""
import bisect
import heapq

h = []
for value in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, value)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge("ace", "bd", reverse=False)))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
scores = [10, 20, 30, 40]
print(bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20), bisect.bisect(scores, 25))
bisect.insort(scores, 25)
bisect.insort_left(scores, 20)
print(scores)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
records = [("apple", 3), ("banana", 1), ("cherry", 2)]
records.sort(key=lambda r: r[1])
keys = [r[1] for r in records]
print(records[bisect.bisect_left(keys, 2)], bisect.bisect_left(records, 2, key=lambda r: r[1]))
print(heapq.nlargest(1, []), heapq.nsmallest(10, [3, 1]))
