"""collections: Counter, defaultdict, OrderedDict, deque, ChainMap, UserDict."""
from collections import Counter, defaultdict, OrderedDict, deque, ChainMap, UserDict, UserList

c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:6], sum(c.values()), c.total())
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c & c2, c | c2, -c2 + Counter(b=1), +Counter(a=-1, b=2))
c.update("aaz")
c.subtract({"b": 10})
print(c, c.most_common()[-1], list(Counter(["x", "y", "x"]).items()))
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dict(dd), dd["z"], len(dd), dd.default_factory)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, defaultdict(lambda: "n/a")["key"])
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od == OrderedDict.fromkeys("acd"))
d = deque([1, 2, 3], maxlen=5)
d.append(4)
d.appendleft(0)
d.append(5)
print(d, d.maxlen, d[0], d[-1])
d.rotate(2)
print(d)
d.rotate(-1)
d.extendleft([10, 20])
print(d, d.pop(), d.popleft(), d.count(1), d.index(5))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
child = cm.new_child({"c": 4})
child["a"] = 100
print(child["a"], cm["a"], dict(child), child.parents == cm)


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


low = Lower()
low["KEY"] = 1
low.update({"Other": 2})
print(low, low.data, "key" in low)


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1])
s.push(2)
print(s, s.data, type(s + [3]).__name__)
