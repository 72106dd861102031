"""list: mutation methods, sort stability and keys, aliasing, copying, comparisons, errors."""
lst = [5, 3, 8, 1]
lst.append(7)
lst.extend([2, 9])
lst.insert(0, 0)
lst.insert(100, "end")
lst.insert(-1, "before end")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(8)
print(lst, lst.index(1), lst.count(3), len(lst))
lst.reverse()
print(lst)
nums = [x for x in lst if isinstance(x, int)]
nums.sort()
print(nums, sorted(nums, reverse=True), nums[::-1])
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(records, key=lambda r: r[1]), sorted(records), sorted(records, key=lambda r: r[0],
                                                                    reverse=True))
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
a = [1, [2, 3]]
shallow = a.copy()
shallow[1].append(4)
shallow[0] = 100
print(a, shallow, a[:] == a, list(a) is a)
print([1, 2] + [3], [0] * 3, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1] * 0)
lst2 = [3, 1, 2]
result = lst2.sort()
print(result, lst2, lst2.clear(), lst2)
try:
    [1, 2].index(5)
except ValueError as exc:
    print("ValueError:", exc)
try:
    [1, "a"].sort()
except TypeError as exc:
    print("TypeError:", exc)
try:
    [].pop()
except IndexError as exc:
    print("IndexError:", exc)
mixed = ["b", "A", "c", "B"]
mixed.sort(key=str.lower)
print(mixed)
stable = [(1, "x"), (0, "y"), (1, "z"), (0, "w")]
print(sorted(stable, key=lambda p: p[0]))
print(list(range(5))[::2], list("abc"), list({"k": 1}), list(reversed([1, 2, 3])))
big = list(range(20))
del big[::3]
print(big, 5 in big, big.index(10))
nested = [[3, 2], [1]]
nested.sort(key=len)
print(nested, max([[1, 2], [3]], key=len), min(["bb", "a", "ccc"], key=len))


class Mutator:
    def __init__(self, target):
        self.target = target

    def __lt__(self, other):
        self.target.append(0)
        return False


victim = []
try:
    victim.extend([Mutator(victim), Mutator(victim)])
    victim.sort()
except ValueError as exc:
    print("ValueError:", exc)
