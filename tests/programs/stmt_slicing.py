"""Slicing: negative indices and steps, slice assignment, extended slices, slice objects."""
s = "abcdefghij"
lst = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2:2:-2], s[5:2])
print(s[100:], s[-100:2], s[3:3], s[::-3], s[8:2:-2], lst[slice(2, 8, 3)], s[None:None:None])
a = lst[:]
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[::2] = "ABCDE"
print(a)
try:
    a[::2] = [1]
except ValueError as exc:
    print("ValueError:", exc)
a[:] = []
print(a)
b = list(range(6))
b[-2:] = []
b[:0] = ["start"]
print(b)
b[len(b):] = ["end"]
print(b)
sl = slice(1, None, 2)
print(sl.start, sl.stop, sl.step, sl.indices(7), s[sl], repr(sl))
print(slice(5).indices(3), slice(-1, -10, -1).indices(5), range(10)[2:8:2], range(10)[::-1])
t = tuple(range(8))
print(t[1:6:2], t[::-1][:2], (1, 2, 3)[-1:], b"hello"[1:3], b"hello"[1], bytearray(b"xyz")[::-1])
m = memoryview(b"abcdef")
print(m[1:4].tobytes(), m[::2].tobytes(), m[-1])
print("hello"[1:-1], "x"[5:], [][1:], [1, 2, 3][-1::-1])
c = list(range(5))
c[1:4] = (i * 10 for i in range(5))
print(c)
try:
    (1, 2)[0:1] = [3]
except TypeError as exc:
    print("TypeError:", exc)
try:
    "abc"[1.5:]
except TypeError as exc:
    print("TypeError:", exc)
print(s[True:], lst[-1], lst[-len(lst)], s[2:8][1:3], [[1, 2], [3, 4]][1][::-1])
