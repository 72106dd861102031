"""itertools: infinite iterators, combinatorics, groupby, accumulate, slicing, tee, pairwise."""
import itertools as it
import operator

print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
data = sorted("mississippi")
print([(k, len(list(g))) for k, g in it.groupby(data)])
print([(k, [x for x in g]) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)),
      list(it.accumulate([3, 1, 4], max, initial=2)))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(str.isdigit, "a1b2")), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.islice("abcdefg", 1, 6, 2)), list(it.islice(range(100), 3)), list(it.pairwise("abcd")))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(sum(1 for _ in it.combinations(range(10), 3)), next(it.permutations([1, 2])))
grid = [[1, 2], [3, 4]]
print(list(it.chain(*grid)), list(map(sum, it.zip_longest(*grid, fillvalue=0))))
counter = it.count()
print(next(counter), next(counter), repr(counter))
print(list(it.product([0, 1], ["x"], repeat=1)), list(it.groupby("")), list(it.islice(it.count(), 0)))
