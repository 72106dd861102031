"""An LRU cache built twice: on OrderedDict and on a hand-made doubly linked list."""
from collections import OrderedDict


class LRUOrdered:
    def __init__(self, capacity):
        self.capacity, self.data = capacity, OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)

    def keys(self):
        return list(self.data)


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRULinked:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return None
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node:
            node.value = value
            self._unlink(node)
        else:
            node = Node(key, value)
            self.map[key] = node
            if len(self.map) > self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
        self._push_front(node)

    def keys(self):
        out, node = [], self.tail.prev
        while node is not self.head:
            out.append(node.key)
            node = node.prev
        return out


def workload(cache):
    trace = []
    for step in range(60):
        key = (step * step + step // 3) % 9
        if cache.get(key) is None:
            cache.put(key, key * key)
        if step % 13 == 0:
            trace.append(cache.keys())
    return trace, cache.hits, cache.misses


a = workload(LRUOrdered(4))
b = workload(LRULinked(4))
print(a[1:], b[1:], a == b)
for keys in a[0]:
    print(keys)
