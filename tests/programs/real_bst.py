"""An AVL tree with insertion, deletion, in-order iteration, range queries and invariants."""


class Node:
    __slots__ = ("key", "value", "left", "right", "height")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None
        self.height = 1


def height(n):
    return n.height if n else 0


def update(n):
    n.height = 1 + max(height(n.left), height(n.right))


def rotate_right(y):
    x = y.left
    y.left, x.right = x.right, y
    update(y)
    update(x)
    return x


def rotate_left(x):
    y = x.right
    x.right, y.left = y.left, x
    update(x)
    update(y)
    return y


def balance(n):
    update(n)
    bf = height(n.left) - height(n.right)
    if bf > 1:
        if height(n.left.left) < height(n.left.right):
            n.left = rotate_left(n.left)
        return rotate_right(n)
    if bf < -1:
        if height(n.right.right) < height(n.right.left):
            n.right = rotate_right(n.right)
        return rotate_left(n)
    return n


class AVL:
    def __init__(self):
        self.root = None
        self.size = 0

    def __setitem__(self, key, value):
        def insert(n):
            if n is None:
                self.size += 1
                return Node(key, value)
            if key < n.key:
                n.left = insert(n.left)
            elif key > n.key:
                n.right = insert(n.right)
            else:
                n.value = value
                return n
            return balance(n)
        self.root = insert(self.root)

    def __getitem__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return n.value
            n = n.left if key < n.key else n.right
        raise KeyError(key)

    def __delitem__(self, key):
        def remove(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = remove(n.left, key)
            elif key > n.key:
                n.right = remove(n.right, key)
            else:
                if not n.left or not n.right:
                    self.size -= 1
                    return n.left or n.right
                succ = n.right
                while succ.left:
                    succ = succ.left
                n.key, n.value = succ.key, succ.value
                n.right = remove(n.right, succ.key)
            return balance(n)
        self.root = remove(self.root, key)

    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.key
            n = n.right

    def __len__(self):
        return self.size

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def range(self, lo, hi):
        return [k for k in self if lo <= k < hi]

    def check(self):
        def walk(n):
            if n is None:
                return 0
            hl, hr = walk(n.left), walk(n.right)
            assert abs(hl - hr) <= 1, f"unbalanced at {n.key}"
            assert n.height == 1 + max(hl, hr)
            return n.height
        return walk(self.root)


t = AVL()
for i in range(200):
    key = (i * 37) % 211
    t[key] = str(key)
print(len(t), t.check(), t.root.key, list(t)[:10], t.range(100, 110))
for key in list(t)[::3]:
    del t[key]
print(len(t), t.check(), 3 in t, 4 in t, t[4])
try:
    del t[1000]
except KeyError as exc:
    print("KeyError:", exc)
words = AVL()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = words[w] + 1 if w in words else 1
print([(w, words[w]) for w in words], words.check())
